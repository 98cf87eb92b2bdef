package io.ticketflow.reporting.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.ticketflow.reporting.rebuild.RebuildState.ABANDONED;
import static io.ticketflow.reporting.rebuild.RebuildState.COMPLETED;
import static io.ticketflow.reporting.rebuild.RebuildState.FAILED;
import static io.ticketflow.reporting.rebuild.RebuildState.REPLAYING;
import static io.ticketflow.reporting.rebuild.RebuildState.SWAPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RebuildStateTest {

    @Test
    void a_rebuild_replays_then_swaps_then_completes() {
        assertThat(REPLAYING.canBecome(SWAPPING)).isTrue();
        assertThat(SWAPPING.canBecome(COMPLETED)).isTrue();
        assertThat(REPLAYING.canBecome(COMPLETED)).as("never completed without the swap").isFalse();
        assertThat(SWAPPING.canBecome(REPLAYING)).isFalse();
    }

    @Test
    void a_running_rebuild_may_fail_or_be_abandoned_an_ended_one_never_changes() {
        for (RebuildState running : new RebuildState[] {REPLAYING, SWAPPING}) {
            assertThat(running.running()).isTrue();
            assertThat(running.canBecome(FAILED)).isTrue();
            assertThat(running.canBecome(ABANDONED)).isTrue();
        }
        for (RebuildState ended : new RebuildState[] {COMPLETED, FAILED, ABANDONED}) {
            assertThat(ended.running()).isFalse();
            for (RebuildState next : RebuildState.values()) {
                assertThat(ended.canBecome(next)).as(ended + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void the_guard_of_a_move_names_the_states_it_may_come_from() {
        assertThat(RebuildState.before(FAILED)).containsExactly("REPLAYING", "SWAPPING");
        assertThat(RebuildState.before(SWAPPING)).containsExactly("REPLAYING");
        assertThat(RebuildState.before(COMPLETED)).containsExactly("SWAPPING");
        assertThat(RebuildState.before(REPLAYING)).as("only a new claim replays").isEmpty();
    }

    @Test
    void failure_reasons_name_the_type_and_message_and_are_bounded() {
        assertThat(Rebuilder.describe(new IllegalStateException("broker gone")))
                .isEqualTo("java.lang.IllegalStateException: broker gone");
        assertThat(Rebuilder.describe(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
        assertThat(Rebuilder.describe(new IllegalStateException("x".repeat(2000)))).hasSize(500);
    }

    @Test
    void settings_that_would_abandon_a_live_rebuild_are_refused() {
        assertThatThrownBy(() -> new RebuildProperties(Duration.ofSeconds(1), 1000, Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RebuildProperties(Duration.ofMinutes(2), -1, Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RebuildProperties(Duration.ofMinutes(2), 0, Duration.ofSeconds(1), 1).swapLag()).isZero();
    }
}
