package io.ticketflow.ticket.policy;

import io.ticketflow.ticket.command.AutoCloseTicketCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.config.AxonStorageConfig;
import io.ticketflow.ticket.config.TicketflowProperties;
import io.ticketflow.ticket.config.TicketflowProperties.AutoClose;
import io.ticketflow.ticket.projection.ResolvedTickets;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * Closes resolved tickets whose resolution period has passed. The deadline lives in PostgreSQL (the read
 * model's resolution instant), so it survives restarts: after downtime the first look finds every overdue
 * ticket and closes it at once. Any number of instances may run this; each claims disjoint tickets, and the
 * aggregate refuses a close that is not due, so a lagging read model can never close a ticket early.
 */
@Component
public class AutoCloser implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AutoCloser.class);

    private final ResolvedTickets resolved;
    private final CommandGateway gateway;
    private final Clock clock;
    private final AutoClose settings;
    private final String tenant;
    private final Duration reopenWindow;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> polling;

    AutoCloser(ResolvedTickets resolved, CommandGateway gateway, Clock clock, TicketflowProperties properties) {
        this.resolved = resolved;
        this.gateway = gateway;
        this.clock = clock;
        this.settings = properties.autoClose();
        this.tenant = properties.tenant();
        this.reopenWindow = properties.reopenWindow();
    }

    /** Closes the tickets that are due now; answers how many it closed. Public for tests and benchmarks. */
    public int closeDueTickets() {
        int closed = 0;
        List<UUID> due;
        int closedInBatch;
        do {
            Instant now = clock.instant();
            due = resolved.claimResolvedBefore(now.minus(settings.after()), now.minus(settings.retryAfter()), now,
                    settings.batchSize());
            closedInBatch = 0;
            for (UUID ticketId : due) {
                closedInBatch += close(ticketId) ? 1 : 0;
            }
            closed += closedInBatch;
            // a full batch: more may be waiting after downtime; but if none of it closed, the rest waits for
            // the next look rather than being claimed in a tight loop
        } while (due.size() == settings.batchSize() && closedInBatch > 0);
        return closed;
    }

    private boolean close(UUID ticketId) {
        var command = GenericCommandMessage.asCommandMessage(new AutoCloseTicketCommand(ticketId))
                .andMetaData(AxonStorageConfig.commandMetaData("auto-close-" + UUID.randomUUID(), tenant));
        try {
            gateway.sendAndWait(command);
            return true;
        } catch (TicketRuleViolation | AggregateNotFoundException | ConcurrencyException changedMeanwhile) {
            // Reopened, resolved again, or written to by someone else since the read model saw it resolved:
            // the claim expires and the next look decides again from what the read model then says.
            log.debug("ticket {} not closed automatically: {}", ticketId, changedMeanwhile.getMessage());
            return false;
        }
    }

    private void poll() {
        try {
            int closed = closeDueTickets();
            if (closed > 0) {
                log.info("closed {} resolved tickets whose resolution period had passed", closed);
            }
        } catch (RuntimeException failure) {
            // the database or the event store is unavailable; the deadlines are still stored, try next time
            log.warn("looking for tickets to close automatically failed; retrying in {}", settings.pollInterval(),
                    failure);
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || scheduler != null) {
            return;
        }
        if (settings.after().compareTo(reopenWindow) < 0) {
            log.warn("ticketflow.auto-close.after ({}) is shorter than ticketflow.reopen-window ({}): requesters lose"
                    + " the rest of their window when a ticket closes", settings.after(), reopenWindow);
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("auto-close-");
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

    @Override
    public int getPhase() {
        // after Axon's processors and command bus start, before they stop
        return Integer.MAX_VALUE - 1000;
    }
}
