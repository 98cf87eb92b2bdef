package io.ticketflow.ticket.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.tracing.TraceParents;
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
     * Handles a batch one record at a time, each in the trace its sender published it in (so its log lines and
     * what it publishes belong to that trace). A failure names its index, so the records before it stay
     * committed and the error handler retries or dead-letters only the failing one.
     */
    static <V> void eachRecord(List<ConsumerRecord<String, V>> records, TraceParents traces,
                               Consumer<ConsumerRecord<String, V>> handler) {
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, V> record = records.get(index);
            try {
                traces.run(traceParent(record), () -> handler.accept(record));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(failure.getMessage(), failure, index);
            }
        }
    }

    /**
     * The record's correlation id, tenant (or the fallbacks) and trace context as command metadata, so events
     * carry them on: the events a consumed command causes are published in the trace of the command's sender.
     */
    static MetaData metaData(ConsumerRecord<String, ?> record, Envelope<?> envelope, String fallbackCorrelationId,
                             String defaultTenant) {
        return AxonStorageConfig.commandMetaData(
                envelope.correlationId() != null ? envelope.correlationId() : fallbackCorrelationId,
                envelope.tenant() != null ? envelope.tenant() : defaultTenant,
                traceParent(record));
    }

    private static String traceParent(ConsumerRecord<String, ?> record) {
        return EnvelopeHeaders.value(record.headers(), WireHeaders.TRACEPARENT);
    }
}
