package io.ticketflow.messaging.progress;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.messaging.PartitionProgress;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer that reports its progress and does nothing else. Its handler refuses {@link #REFUSED_TICKET}, so a
 * test can see that the facts of a batch that fails are never recorded.
 */
@SpringBootApplication
public class ProgressTestApplication {

    static final String CONSUMER = "kafka-messaging-it-progress";
    static final String REFUSED_TICKET = "00000000-0000-0000-0000-0000000000ff";

    /** A fact as a service would have stored it, and whether it was told inside a transaction. */
    record Recorded(PartitionProgress progress, boolean inTransaction) {
    }

    /** Every fact recorded so far: told outside a transaction, or told inside one that committed. */
    static final class RecordedProgress {

        final List<Recorded> facts = new CopyOnWriteArrayList<>();

        void record(List<PartitionProgress> progress) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                progress.forEach(fact -> facts.add(new Recorded(fact, false)));
                return;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    progress.forEach(fact -> facts.add(new Recorded(fact, true)));
                }
            });
        }
    }

    @Bean
    RecordedProgress recordedProgress() {
        return new RecordedProgress();
    }

    @Bean
    IdempotentConsumer reportingConsumer(EventBatchProcessor processor, RecordedProgress recorded) {
        return new IdempotentConsumer(CONSUMER, Topics.TICKET_EVENTS, processor, batch -> {
            if (batch.envelopes().stream().anyMatch(envelope -> REFUSED_TICKET.equals(envelope.key()))) {
                throw new IllegalStateException("the test projection refuses ticket " + REFUSED_TICKET);
            }
        }, recorded::record);
    }
}
