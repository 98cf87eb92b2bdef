package io.ticketflow.ticket.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.ticket.config.AxonStorageConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.messaging.MetaData;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.List;
import java.util.function.Consumer;

/** What the command and intake consumers share: record-by-record batches and the metadata they carry on. */
final class ConsumedRecords {

    private ConsumedRecords() {
    }

    /**
     * Handles a batch one record at a time. A failure names its index, so the records before it stay
     * committed and the error handler retries or dead-letters only the failing one.
     */
    static <V> void eachRecord(List<ConsumerRecord<String, V>> records, Consumer<ConsumerRecord<String, V>> handler) {
        for (int index = 0; index < records.size(); index++) {
            try {
                handler.accept(records.get(index));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(failure.getMessage(), failure, index);
            }
        }
    }

    /** The record's correlation id and tenant (or the fallbacks) as command metadata, so events carry them on. */
    static MetaData metaData(Envelope<?> envelope, String fallbackCorrelationId, String defaultTenant) {
        return AxonStorageConfig.commandMetaData(
                envelope.correlationId() != null ? envelope.correlationId() : fallbackCorrelationId,
                envelope.tenant() != null ? envelope.tenant() : defaultTenant);
    }
}
