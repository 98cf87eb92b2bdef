package io.ticketflow.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.ticketflow.testkit.TestInfrastructure.Mode;

/**
 * Decides where the infrastructure comes from: a forced mode if {@code TICKETFLOW_TEST_INFRA} names one,
 * else configured endpoints, else Docker, else embedded.
 */
final class ModeSelection {

    private ModeSelection() {
    }

    static Mode select(Settings settings) {
        return select(settings, ModeSelection::dockerAvailable);
    }

    static Mode select(Settings settings, BooleanSupplier dockerAvailable) {
        Optional<Mode> forced = settings.get(Settings.INFRA).map(ModeSelection::parse);
        if (forced.isPresent()) {
            return forced.get();
        }
        boolean kafkaGiven = settings.get(Settings.KAFKA_BOOTSTRAP).isPresent();
        boolean postgresGiven = settings.get(Settings.POSTGRES_URL).isPresent();
        if (kafkaGiven && postgresGiven) {
            return Mode.ENVIRONMENT;
        }
        if (kafkaGiven || postgresGiven) {
            // Half a configuration is a mistake (a typo, a forgotten export); silently testing against
            // something else would hide it.
            throw new IllegalStateException("Set both " + Settings.KAFKA_BOOTSTRAP + " and "
                    + Settings.POSTGRES_URL + " to use configured infrastructure, or neither; only "
                    + (kafkaGiven ? Settings.KAFKA_BOOTSTRAP : Settings.POSTGRES_URL) + " is set");
        }
        return dockerAvailable.getAsBoolean() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
    }

    private static Mode parse(String value) {
        try {
            return Mode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Settings.INFRA + "=" + value + " is not one of "
                    + Arrays.toString(Mode.values()).toLowerCase(Locale.ROOT), e);
        }
    }

    private static boolean dockerAvailable() {
        return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
    }
}
