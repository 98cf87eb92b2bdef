package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * What applying some records of one poll tells a {@link ProgressListener}: per partition, the latest occurred-at
 * applied, and whether the partition is caught up. It is caught up only when none of its records in the poll is
 * left for a later transaction (or left unhandled behind a record that cannot be read) and the consumer's lag on it
 * is zero: the consumer's position has passed every record of the poll, so the lag counts what the broker holds
 * beyond them, read locally ({@code Consumer#currentLag}, no request).
 */
final class PollProgress {

    private final List<ConsumerRecord<String, Object>> poll;
    private final Function<TopicPartition, OptionalLong> lag;
    private final ProgressListener listener;

    PollProgress(List<ConsumerRecord<String, Object>> poll, Function<TopicPartition, OptionalLong> lag,
                 ProgressListener listener) {
        this.poll = poll;
        this.lag = lag;
        this.listener = listener;
    }

    /** Reports what applying {@code envelopes}, the poll's records from index {@code first} on, did. */
    void applied(int first, List<Envelope<Object>> envelopes) {
        listener.progressed(of(first, envelopes));
    }

    List<PartitionProgress> of(int first, List<Envelope<Object>> envelopes) {
        int end = first + envelopes.size();
        Map<TopicPartition, Instant> latest = new LinkedHashMap<>();
        for (int index = first; index < end; index++) {
            latest.merge(partitionOf(poll.get(index)), envelopes.get(index - first).occurredAt(),
                    (one, other) -> one.isAfter(other) ? one : other);
        }
        Set<TopicPartition> leftBehind = new HashSet<>();
        poll.subList(end, poll.size()).forEach(record -> leftBehind.add(partitionOf(record)));
        return latest.entrySet().stream().map(entry -> {
            TopicPartition partition = entry.getKey();
            boolean caughtUp = !leftBehind.contains(partition) && lag.apply(partition).orElse(-1) == 0;
            return new PartitionProgress(partition.topic(), partition.partition(), entry.getValue(), caughtUp);
        }).toList();
    }

    private static TopicPartition partitionOf(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }
}
