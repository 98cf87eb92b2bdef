package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.ticketflow.testkit.TestInfrastructure.Mode;
import org.junit.jupiter.api.Test;

class ModeSelectionTest {

    private static final Map<String, String> ENDPOINTS = Map.of(
            Settings.KAFKA_BOOTSTRAP, "kafka.test:9092",
            Settings.POSTGRES_URL, "jdbc:postgresql://db.test:5432/postgres");

    @Test
    void configured_endpoints_win_over_docker() {
        assertThat(ModeSelection.select(Settings.of(ENDPOINTS), () -> true)).isEqualTo(Mode.ENVIRONMENT);
    }

    @Test
    void without_endpoints_docker_is_used_when_it_answers() {
        assertThat(ModeSelection.select(Settings.of(Map.of()), () -> true)).isEqualTo(Mode.TESTCONTAINERS);
    }

    @Test
    void without_endpoints_or_docker_everything_runs_embedded() {
        assertThat(ModeSelection.select(Settings.of(Map.of()), () -> false)).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void a_forced_mode_wins_over_endpoints_and_docker() {
        Map<String, String> forced = Map.of(
                Settings.INFRA, "Embedded",
                Settings.KAFKA_BOOTSTRAP, "kafka.test:9092",
                Settings.POSTGRES_URL, "jdbc:postgresql://db.test:5432/postgres");

        assertThat(ModeSelection.select(Settings.of(forced), () -> true)).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void an_unknown_forced_mode_is_rejected_with_the_choices() {
        assertThatThrownBy(() -> ModeSelection.select(Settings.of(Map.of(Settings.INFRA, "docker")), () -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[environment, testcontainers, embedded]");
    }

    @Test
    void only_one_endpoint_configured_is_a_mistake_not_a_fallback() {
        Map<String, String> kafkaOnly = Map.of(Settings.KAFKA_BOOTSTRAP, "kafka.test:9092");

        assertThatThrownBy(() -> ModeSelection.select(Settings.of(kafkaOnly), () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Settings.POSTGRES_URL);
    }

    @Test
    void blank_settings_count_as_unset() {
        Map<String, String> blank = Map.of(Settings.INFRA, " ", Settings.KAFKA_BOOTSTRAP, "");

        assertThat(ModeSelection.select(Settings.of(blank), () -> false)).isEqualTo(Mode.EMBEDDED);
    }
}
