package io.ticketflow.testkit.spring;

import io.ticketflow.testkit.TestDatabase;
import io.ticketflow.testkit.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.function.Supplier;

/**
 * Points a {@code @SpringBootTest} application at the shared broker and at the test class's own database:
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     SpringInfrastructure.register(registry, TicketProjectionIT.class);
 * }
 * }</pre>
 * Besides the Spring Boot properties it registers the platform's own environment variable names
 * ({@code KAFKA_BOOTSTRAP}, {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so settings an
 * {@code application.yml} derives from them follow too. Values are resolved when the context starts.
 */
public final class SpringInfrastructure {

    /** The {@link TestInfrastructure.Mode} in use, for tests or configuration that care. */
    public static final String MODE_PROPERTY = "ticketflow.test.infrastructure-mode";

    private SpringInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
        register(registry, testClass, SpringInfrastructure::bootstrapServers);
    }

    /**
     * The same, with a broker of the test's own instead of the shared one, e.g. a
     * {@link io.ticketflow.testkit.PrivateKafkaBroker} the test stops and restarts.
     */
    public static void register(DynamicPropertyRegistry registry, Class<?> testClass,
            Supplier<Object> kafkaBootstrapServers) {
        registry.add("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        registry.add("KAFKA_BOOTSTRAP", kafkaBootstrapServers);
        registry.add("spring.datasource.url", () -> databaseFor(testClass).jdbcUrl());
        registry.add("spring.datasource.username", () -> databaseFor(testClass).username());
        registry.add("spring.datasource.password", () -> databaseFor(testClass).password());
        registry.add("DB_URL", () -> databaseFor(testClass).jdbcUrl());
        registry.add("DB_USER", () -> databaseFor(testClass).username());
        registry.add("DB_PASSWORD", () -> databaseFor(testClass).password());
        registry.add(MODE_PROPERTY, () -> TestInfrastructure.get().mode().name());
    }

    /** The test class's database, created on first request; the same one {@code @RealInfrastructure} injects. */
    public static TestDatabase databaseFor(Class<?> testClass) {
        return TestInfrastructure.get().databaseFor(testClass);
    }

    private static String bootstrapServers() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }
}
