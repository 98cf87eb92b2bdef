package io.ticketflow.reporting.rebuild;

import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.Inbox;
import io.ticketflow.reporting.messaging.Subscription;
import io.ticketflow.reporting.projection.ReportingProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Applies replayed records to the shadow schema exactly as a live consumer would: claimed in the shadow's inbox under
 * the live consumer's name, folded by the same projection, and a record the live consumer would dead-letter (it
 * cannot be read, or the projection fails on it) is skipped, so the rebuilt model comes out as the live one. A failure
 * of the database itself is not the record's fault: it fails the rebuild instead.
 */
final class ShadowWriter {

    /** What one call did. */
    record Applied(long replayed, long skipped) {
    }

    private final EventBatchProcessor processor;
    private final ReportingProjection projection;

    /** @param fence runs first in every shadow transaction; it throws once the rebuild no longer holds its claim */
    ShadowWriter(ShadowSchema shadow, Runnable fence) {
        this.processor = new EventBatchProcessor(new Inbox(shadow.jdbc()),
                new TransactionTemplate(shadow.transactions()), fence);
        this.projection = new ReportingProjection(shadow.jdbc());
    }

    /** @param records of {@code subscription}'s topic, each partition's in offset order */
    Applied apply(Subscription subscription, List<ConsumerRecord<String, Object>> records) {
        List<ConsumerRecord<String, Object>> rest = records;
        long skipped = 0;
        while (!rest.isEmpty()) {
            try {
                processor.process(subscription.consumer(), rest, projection::apply);
                break;
            } catch (BatchListenerFailedException failed) {
                // the records before the index are committed; the one at it is what the live consumer dead-letters
                int index = failed.getIndex();
                if (index < 0 || index >= rest.size() || !isTheRecordsFault(failed.getCause())) {
                    throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
                }
                skipped++;
                rest = rest.subList(index + 1, rest.size());
            }
        }
        return new Applied(records.size() - skipped, skipped);
    }

    private static boolean isTheRecordsFault(Throwable failure) {
        return !(failure instanceof RebuildLostException
                || failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException);
    }
}
