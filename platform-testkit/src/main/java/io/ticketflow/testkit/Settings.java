package io.ticketflow.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kit's configuration. Each setting is an environment variable; a system property of the same name is
 * honoured too, because a build tool can set those per module (Surefire's {@code systemPropertyVariables})
 * where it cannot change the environment.
 */
record Settings(Function<String, String> lookup) {

    static final String INFRA = "TICKETFLOW_TEST_INFRA";
    static final String KAFKA_BOOTSTRAP = "TICKETFLOW_TEST_KAFKA_BOOTSTRAP";
    static final String POSTGRES_URL = "TICKETFLOW_TEST_POSTGRES_URL";
    static final String POSTGRES_USER = "TICKETFLOW_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "TICKETFLOW_TEST_POSTGRES_PASSWORD";

    static Settings fromEnvironment() {
        return new Settings(name -> {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        });
    }

    static Settings of(Map<String, String> values) {
        return new Settings(values::get);
    }

    /** The setting's value; blank counts as unset, as an exported-but-empty variable usually means "off". */
    Optional<String> get(String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
