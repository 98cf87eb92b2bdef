package io.ticketflow.routing.assignment;

import io.ticketflow.routing.config.ReassignmentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * Gives the active tickets of an agent who has been OFFLINE longer than the grace period to other agents of
 * the ticket's team: each becomes a need again, decided like any other but never for its owner, and the
 * conditional AssignTicket moves it only if the owner still holds it. With nobody free it waits in the
 * team's queue (the owner keeps it until then). Safe with several instances: each look locks the tickets it
 * takes, skipping those another instance holds.
 */
@Component
public class OfflineReassigner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineReassigner.class);

    private final RoutedTickets tickets;
    private final Assigner assigner;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReassignmentProperties settings;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> polling;

    OfflineReassigner(RoutedTickets tickets, Assigner assigner, PlatformTransactionManager transactionManager,
            Clock clock, ReassignmentProperties settings) {
        this.tickets = tickets;
        this.assigner = assigner;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = settings;
    }

    /** Moves the tickets due now; answers how many it looked at. Public for tests and benchmarks. */
    public int reassignDue() {
        int total = 0;
        int taken;
        do {
            taken = transactions.execute(status -> {
                Instant now = clock.instant();
                List<RoutedTicket> held = tickets.lockHeldByOfflineAgents(now.minus(settings.grace()),
                        settings.batchSize());
                for (RoutedTicket ticket : held) {
                    // a fresh need: its command id must differ from the one that gave the owner the ticket
                    ticket.needs(RoutedTicket.Need.ROUTE, UUID.randomUUID(), now);
                }
                assigner.route(held);
                tickets.save(held);
                return held.size();
            });
            total += taken;
        } while (taken == settings.batchSize());
        return total;
    }

    private void poll() {
        try {
            int moved = reassignDue();
            if (moved > 0) {
                LOG.info("{} tickets of agents offline longer than {} routed again", moved, settings.grace());
            }
        } catch (RuntimeException failure) {
            LOG.warn("looking for offline agents' tickets failed; retrying in {}", settings.pollInterval(), failure);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("offline-reassign-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        polling = scheduler.scheduleWithFixedDelay(this::poll, settings.pollInterval());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            polling.cancel(false);
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
