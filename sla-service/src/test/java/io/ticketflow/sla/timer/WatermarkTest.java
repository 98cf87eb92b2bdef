package io.ticketflow.sla.timer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WatermarkTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void a_caught_up_partition_counts_as_applied_up_to_when_it_was_seen_caught_up() {
        PartitionMark quiet = new PartitionMark(0, NOW.minusSeconds(3_600), true, NOW.minusSeconds(2));

        assertThat(quiet.appliedUpTo()).isEqualTo(NOW.minusSeconds(2));
    }

    @Test
    void a_lagging_partition_counts_as_applied_up_to_its_latest_applied_event() {
        PartitionMark behind = new PartitionMark(0, NOW.minusSeconds(40), false, NOW.minusSeconds(1));

        assertThat(behind.appliedUpTo()).isEqualTo(NOW.minusSeconds(40));
    }

    @Test
    void the_watermark_is_the_earliest_partition() {
        List<PartitionMark> partitions = List.of(
                new PartitionMark(0, NOW.minusSeconds(5), true, NOW.minusSeconds(1)),
                new PartitionMark(1, NOW.minusSeconds(16), false, NOW),
                new PartitionMark(2, null, true, NOW.minusSeconds(3)));

        assertThat(Watermark.of(partitions)).contains(NOW.minusSeconds(16));
    }

    @Test
    void without_partitions_or_with_one_whose_progress_is_unknown_there_is_no_watermark() {
        PartitionMark known = new PartitionMark(0, NOW.minusSeconds(5), true, NOW);
        PartitionMark unknown = new PartitionMark(1, null, false, NOW);

        assertThat(Watermark.of(List.of())).isEmpty();
        assertThat(Watermark.of(List.of(known, unknown))).isEmpty();
    }

    @Test
    void the_timer_fires_up_to_the_earlier_of_the_watermark_and_the_settle_period() {
        Duration settle = Duration.ofSeconds(10);

        assertThat(Watermark.firingLimit(NOW, settle, Optional.of(NOW.minusSeconds(30))))
                .contains(NOW.minusSeconds(30));
        assertThat(Watermark.firingLimit(NOW, settle, Optional.of(NOW.minusSeconds(1))))
                .contains(NOW.minusSeconds(10));
        assertThat(Watermark.firingLimit(NOW, Duration.ZERO, Optional.of(NOW.minusSeconds(1))))
                .contains(NOW.minusSeconds(1));
    }

    @Test
    void without_a_watermark_the_timer_fires_nothing() {
        assertThat(Watermark.firingLimit(NOW, Duration.ZERO, Optional.empty())).isEmpty();
    }

    @Test
    void the_age_is_how_far_the_watermark_lies_behind_now() {
        assertThat(Watermark.ageSeconds(NOW, Optional.of(NOW.minusMillis(2_500)))).isEqualTo(2.5);
        // another instance's clock a little ahead
        assertThat(Watermark.ageSeconds(NOW, Optional.of(NOW.plusMillis(20)))).isZero();
        assertThat(Watermark.ageSeconds(NOW, Optional.empty())).isInfinite();
    }
}
