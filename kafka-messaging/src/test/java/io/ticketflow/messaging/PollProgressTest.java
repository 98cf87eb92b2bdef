package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PollProgressTest {

    private static final String TOPIC = "ticketflow.ticket-events";
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private final List<ConsumerRecord<String, Object>> poll = new ArrayList<>();
    private final List<Envelope<Object>> envelopes = new ArrayList<>();

    @Test
    void each_partition_reports_its_latest_occurred_at_and_is_caught_up_when_no_lag_is_left() {
        add(0, T.plusSeconds(2));
        add(1, T.plusSeconds(5));
        add(0, T.plusSeconds(1));
        add(1, T.plusSeconds(3));

        List<PartitionProgress> progress = progress(Map.of(0, 0L, 1, 7L)).of(0, envelopes);

        assertThat(progress).containsExactlyInAnyOrder(
                new PartitionProgress(TOPIC, 0, T.plusSeconds(2), true),
                new PartitionProgress(TOPIC, 1, T.plusSeconds(5), false));
    }

    @Test
    void a_partition_whose_lag_the_consumer_does_not_know_is_not_caught_up() {
        add(2, T);

        assertThat(progress(Map.of()).of(0, envelopes))
                .containsExactly(new PartitionProgress(TOPIC, 2, T, false));
    }

    @Test
    void records_left_for_a_later_transaction_keep_their_partition_from_being_caught_up() {
        add(0, T);
        add(1, T.plusSeconds(1));
        add(0, T.plusSeconds(2));

        // the first two records in one transaction (the third could not be read, or is handled on its own)
        List<PartitionProgress> firstTwo = progress(Map.of(0, 0L, 1, 0L)).of(0, envelopes.subList(0, 2));
        List<PartitionProgress> third = progress(Map.of(0, 0L, 1, 0L)).of(2, envelopes.subList(2, 3));

        assertThat(firstTwo).containsExactlyInAnyOrder(
                new PartitionProgress(TOPIC, 0, T, false),
                new PartitionProgress(TOPIC, 1, T.plusSeconds(1), true));
        assertThat(third).containsExactly(new PartitionProgress(TOPIC, 0, T.plusSeconds(2), true));
    }

    @Test
    void the_listener_is_told_what_the_transaction_applied() {
        add(3, T);
        List<List<PartitionProgress>> told = new ArrayList<>();

        new PollProgress(poll, partition -> OptionalLong.of(0), told::add).applied(0, envelopes);

        assertThat(told).containsExactly(List.of(new PartitionProgress(TOPIC, 3, T, true)));
    }

    @Test
    void a_fact_with_neither_an_instant_nor_a_catch_up_only_says_the_partition_exists() {
        assertThat(PartitionProgress.unknown(TOPIC, 4).isUnknown()).isTrue();
        assertThat(PartitionProgress.caughtUp(TOPIC, 4).isUnknown()).isFalse();
        assertThat(new PartitionProgress(TOPIC, 4, T, false).isUnknown()).isFalse();
    }

    private PollProgress progress(Map<Integer, Long> lags) {
        Function<TopicPartition, OptionalLong> lag = partition -> lags.containsKey(partition.partition())
                ? OptionalLong.of(lags.get(partition.partition())) : OptionalLong.empty();
        return new PollProgress(poll, lag, progress -> { });
    }

    private void add(int partition, Instant occurredAt) {
        poll.add(new ConsumerRecord<>(TOPIC, partition, poll.size(), "key", "value"));
        envelopes.add(new Envelope<>(UUID.randomUUID(), "TicketOpened", 1, occurredAt, null, null, "key", "value"));
    }
}
