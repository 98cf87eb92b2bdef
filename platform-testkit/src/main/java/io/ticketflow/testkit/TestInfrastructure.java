package io.ticketflow.testkit;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.ticketflow.api.wire.TopicDefinition;

/**
 * The JVM's Kafka broker and PostgreSQL server for integration tests: started on first use, shared by every
 * test class in the JVM, stopped by a JVM shutdown hook. Which kind is started is decided once, see
 * {@link Mode}; the choice and the endpoints are printed to standard output.
 */
public final class TestInfrastructure {

    /** Where the broker and the database server come from, in the order they are considered. */
    public enum Mode {
        /**
         * Endpoints given by {@code TICKETFLOW_TEST_KAFKA_BOOTSTRAP} and {@code TICKETFLOW_TEST_POSTGRES_URL}
         * (plus {@code TICKETFLOW_TEST_POSTGRES_USER}, {@code TICKETFLOW_TEST_POSTGRES_PASSWORD}).
         */
        ENVIRONMENT,
        /** Containers of the pinned images, when a Docker engine answers. */
        TESTCONTAINERS,
        /** An in-JVM KRaft broker and PostgreSQL server binaries from Maven Central. */
        EMBEDDED
    }

    private static final Object LOCK = new Object();
    private static TestInfrastructure instance;
    private static RuntimeException startupFailure;

    private final Mode mode;
    private final RunningInfrastructure running;
    private final TopicCreator topicCreator;
    private final Map<Class<?>, TestDatabase> classDatabases = new ConcurrentHashMap<>();
    private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

    private TestInfrastructure(Mode mode, RunningInfrastructure running) {
        this.mode = mode;
        this.running = running;
        this.topicCreator = new TopicCreator(running.kafkaBootstrapServers());
    }

    /** The JVM's infrastructure, started by the first call; a failed start fails every later call the same way. */
    public static TestInfrastructure get() {
        synchronized (LOCK) {
            if (instance == null && startupFailure == null) {
                try {
                    instance = start();
                } catch (RuntimeException e) {
                    startupFailure = e;
                }
            }
            if (startupFailure != null) {
                throw new IllegalStateException("The test infrastructure failed to start", startupFailure);
            }
            return instance;
        }
    }

    private static TestInfrastructure start() {
        long startedAt = System.nanoTime();
        Settings settings = Settings.fromEnvironment();
        Mode mode = ModeSelection.select(settings);
        RunningInfrastructure running = switch (mode) {
            case ENVIRONMENT -> ConfiguredInfrastructure.from(settings);
            case TESTCONTAINERS -> ContainerInfrastructure.start();
            case EMBEDDED -> EmbeddedInfrastructure.start();
        };
        Duration startup = Duration.ofNanos(System.nanoTime() - startedAt);
        TestInfrastructure infrastructure = new TestInfrastructure(mode, running);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "ticketflow-testkit-shutdown"));
        System.out.printf("[ticketflow-testkit] infrastructure mode: %s (Kafka %s, PostgreSQL %s)%n",
                mode, running.kafkaBootstrapServers(), running.postgres().address());
        System.out.printf("[ticketflow-testkit] ready in %d ms%n", startup.toMillis());
        return infrastructure;
    }

    public Mode mode() {
        return mode;
    }

    /** The {@code bootstrap.servers} value for clients of the shared broker. */
    public String kafkaBootstrapServers() {
        return running.kafkaBootstrapServers();
    }

    /**
     * A new, empty database with a unique name derived from the hint (lower-cased, reduced to letters, digits
     * and underscores, followed by a random suffix so JVMs sharing one server never collide).
     */
    public TestDatabase createDatabase(String nameHint) {
        TestDatabase database = running.postgres().createDatabase(DatabaseNames.unique(nameHint));
        createdDatabases.add(database.name());
        return database;
    }

    /**
     * The database of a test class, created on the first request for it. A {@code @Nested} class shares the
     * database of the class that encloses it, as it shares that class's Spring context.
     */
    public TestDatabase databaseFor(Class<?> testClass) {
        return classDatabases.computeIfAbsent(outermostTestClass(testClass),
                owner -> createDatabase(owner.getSimpleName()));
    }

    /**
     * Creates the topics that do not exist yet and grows existing ones to the requested partition count, so
     * calling it again (from every test class) changes nothing. A topic with more partitions than requested
     * cannot shrink: that fails, because tests reasoning about partitions would be misled.
     */
    public void createTopics(Collection<TopicDefinition> topics) {
        topicCreator.createTopics(topics);
    }

    private static Class<?> outermostTestClass(Class<?> testClass) {
        Class<?> owner = testClass;
        while (owner.getEnclosingClass() != null && !Modifier.isStatic(owner.getModifiers())) {
            owner = owner.getEnclosingClass();
        }
        return owner;
    }

    private void stop() {
        // Configured servers outlive this JVM, so they are left as they were found; embedded and container
        // servers take their databases with them.
        if (mode == Mode.ENVIRONMENT) {
            createdDatabases.forEach(running.postgres()::dropDatabaseQuietly);
        }
        running.stop();
    }
}
