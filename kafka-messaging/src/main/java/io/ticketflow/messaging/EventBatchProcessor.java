package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a Ticketflow batch listener does with the records it receives: read their envelopes, claim them in
 * the {@link Inbox}, and hand the unseen ones to the service's handler, all in one transaction per batch.
 * <p>
 * A record that cannot be read stops the batch there: the records before it are handled and committed,
 * then a {@link BatchListenerFailedException} names its index, so the error handler commits the offsets
 * before it, dead-letters it and carries on with the rest of the partition. When the handler fails, the
 * batch is rolled back and handled again one event per transaction, which finds the event it fails on:
 * the events before it are committed and only that one is retried and, in the end, dead-lettered.
 */
public class EventBatchProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(EventBatchProcessor.class);

    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final Runnable fence;

    public EventBatchProcessor(Inbox inbox, TransactionTemplate transactions) {
        this(inbox, transactions, () -> { });
    }

    /**
     * @param fence runs first in every batch transaction, before the inbox claim: a service whose tables can be
     *              swapped underneath its consumers (reporting's rebuild) takes a lock here that the swap waits
     *              for, so no batch straddles the swap with its claim on one side and its writes on the other
     */
    public EventBatchProcessor(Inbox inbox, TransactionTemplate transactions, Runnable fence) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.fence = fence;
    }

    /**
     * @param consumer the inbox name of the consumer, by convention its consumer group
     * @param handler  writes the consumer's projection; runs in the transaction that claims the events
     */
    public void process(String consumer, List<ConsumerRecord<String, Object>> records, Consumer<EventBatch> handler) {
        process(consumer, records, handler, null);
    }

    /**
     * As {@link #process(String, List, Consumer)}, and when {@code progress} is given, each transaction also tells it
     * how far the records it handled (new and redelivered alike) took their partitions.
     */
    void process(String consumer, List<ConsumerRecord<String, Object>> records, Consumer<EventBatch> handler,
                 PollProgress progress) {
        List<Envelope<Object>> readable = new ArrayList<>(records.size());
        Map<UUID, String> traceParents = new HashMap<>();
        RuntimeException unreadable = null;
        for (ConsumerRecord<String, Object> record : records) {
            try {
                Envelope<Object> envelope = EnvelopeRecords.toEnvelope(record);
                readable.add(envelope);
                String traceParent = EnvelopeHeaders.value(record.headers(), WireHeaders.TRACEPARENT);
                if (traceParent != null) {
                    traceParents.put(envelope.eventId(), traceParent);
                }
            } catch (RuntimeException e) {
                unreadable = e;
                break;
            }
        }
        if (!readable.isEmpty()) {
            try {
                handle(consumer, readable, 0, handler, progress, traceParents);
            } catch (RuntimeException batchFailure) {
                // the type only: the message may quote the data that failed, which may be personal
                LOG.warn("{}: a batch of {} events failed ({}); handling them one by one", consumer, readable.size(),
                        batchFailure.getClass().getSimpleName());
                handleOneByOne(consumer, readable, handler, progress, traceParents);
            }
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, readable.size());
        }
    }

    /** @param first the index of the first envelope's record in the poll */
    private void handle(String consumer, List<Envelope<Object>> envelopes, int first, Consumer<EventBatch> handler,
                        PollProgress progress, Map<UUID, String> traceParents) {
        transactions.executeWithoutResult(status -> {
            fence.run();
            EventBatch fresh = unseen(envelopes, inbox.claim(consumer, ids(envelopes)), traceParents);
            if (!fresh.isEmpty()) {
                handler.accept(fresh);
            }
            if (progress != null) {
                progress.applied(first, envelopes);
            }
        });
    }

    /** Only on failure: a transaction per event costs round trips, but names the event that fails. */
    private void handleOneByOne(String consumer, List<Envelope<Object>> envelopes, Consumer<EventBatch> handler,
                                PollProgress progress, Map<UUID, String> traceParents) {
        for (int index = 0; index < envelopes.size(); index++) {
            try {
                handle(consumer, List.of(envelopes.get(index)), index, handler, progress, traceParents);
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(failure.getMessage(), failure, index);
            }
        }
    }

    private static List<UUID> ids(List<Envelope<Object>> envelopes) {
        return envelopes.stream().map(Envelope::eventId).distinct().toList();
    }

    /** Keeps each newly claimed event once, even when the producer's retry put it twice in this batch. */
    private static EventBatch unseen(List<Envelope<Object>> envelopes, Set<UUID> claimed,
                                     Map<UUID, String> traceParents) {
        Set<UUID> pending = new HashSet<>(claimed);
        return new EventBatch(envelopes.stream().filter(envelope -> pending.remove(envelope.eventId())).toList(),
                traceParents);
    }
}
