package io.ticketflow.reporting.rebuild;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RebuildProgressTest {

    private static final TopicPartition TICKETS_0 = new TopicPartition("ticketflow.ticket-events", 0);
    private static final TopicPartition TICKETS_1 = new TopicPartition("ticketflow.ticket-events", 1);
    private static final TopicPartition AGENTS_0 = new TopicPartition("ticketflow.agent-events", 0);

    @Test
    void a_round_is_done_when_every_partition_is_at_its_end() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_0, 0L, TICKETS_1, 5L));
        progress.target(Map.of(TICKETS_0, 10L, TICKETS_1, 5L));

        assertThat(progress.reached(TICKETS_1)).as("an empty partition is at its end at once").isTrue();
        assertThat(progress.roundDone()).isFalse();
        progress.advance(TICKETS_0, 9);
        assertThat(progress.roundDone()).isFalse();
        progress.advance(TICKETS_0, 10);
        assertThat(progress.roundDone()).isTrue();
    }

    @Test
    void the_swap_waits_until_a_round_ends_within_the_swap_lag_of_the_ends() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_0, 0L, TICKETS_1, 0L));
        progress.target(Map.of(TICKETS_0, 600L, TICKETS_1, 600L));
        progress.advance(TICKETS_0, 600);
        progress.advance(TICKETS_1, 600);
        // meanwhile the live topics grew
        progress.target(Map.of(TICKETS_0, 1100L, TICKETS_1, 1101L));

        assertThat(progress.remaining()).isEqualTo(1001);
        assertThat(progress.closeEnoughToSwap(1000)).isFalse();
        assertThat(progress.closeEnoughToSwap(1001)).isTrue();
        assertThat(progress.closeEnoughToSwap(0)).isFalse();
    }

    @Test
    void percentage_is_what_is_read_of_what_the_round_has_to_read_rounded_down() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_0, 100L, TICKETS_1, 0L, AGENTS_0, 0L));
        progress.target(Map.of(TICKETS_0, 400L, TICKETS_1, 600L, AGENTS_0, 0L));
        progress.advance(TICKETS_0, 400);
        progress.advance(TICKETS_1, 99);

        // (300 + 99) of (300 + 600): 44.33...
        assertThat(RebuildStatus.percentage(progress.snapshot())).isEqualTo(44.3);
        progress.advance(TICKETS_1, 599);
        assertThat(RebuildStatus.percentage(progress.snapshot())).as("never 100 before the end").isEqualTo(99.8);
        progress.advance(TICKETS_1, 600);
        assertThat(RebuildStatus.percentage(progress.snapshot())).isEqualTo(100.0);
    }

    @Test
    void empty_topics_are_all_read_and_no_partitions_yet_is_nothing_read() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_0, 7L));
        progress.target(Map.of(TICKETS_0, 7L));

        assertThat(RebuildStatus.percentage(progress.snapshot())).isEqualTo(100.0);
        assertThat(RebuildStatus.percentage(List.of())).isEqualTo(0.0);
    }

    @Test
    void a_completed_rebuild_is_at_100_percent_whatever_its_last_progress_said() {
        List<PartitionPosition> partitions = List.of(new PartitionPosition("ticketflow.ticket-events", 0, 0, 5, 10));

        assertThat(RebuildStatus.of(null, RebuildState.COMPLETED, null, null, null, 5, 0, partitions, null).percentage())
                .isEqualTo(100.0);
        assertThat(RebuildStatus.of(null, RebuildState.REPLAYING, null, null, null, 5, 0, partitions, null).percentage())
                .isEqualTo(50.0);
    }

    @Test
    void partitions_are_listed_by_topic_then_partition_with_what_remains() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_1, 0L, AGENTS_0, 0L, TICKETS_0, 0L));
        progress.target(Map.of(TICKETS_1, 3L, AGENTS_0, 2L, TICKETS_0, 1L));
        progress.advance(TICKETS_1, 1);

        assertThat(progress.snapshot()).containsExactly(
                new PartitionPosition("ticketflow.agent-events", 0, 0, 0, 2),
                new PartitionPosition("ticketflow.ticket-events", 0, 0, 0, 1),
                new PartitionPosition("ticketflow.ticket-events", 1, 0, 1, 3));
        assertThat(progress.snapshot().get(2).remaining()).isEqualTo(2);
    }

    @Test
    void a_partition_the_replay_does_not_read_is_refused() {
        ReplayProgress progress = new ReplayProgress(Map.of(TICKETS_0, 0L));

        assertThatThrownBy(() -> progress.advance(AGENTS_0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
