package io.ticketflow.testkit;

/** A broker and a database server that are up, whichever {@link TestInfrastructure.Mode} provided them. */
interface RunningInfrastructure {

    String kafkaBootstrapServers();

    PostgresServer postgres();

    /** Releases what would outlive this JVM; runs in a shutdown hook, so it must not throw. */
    void stop();
}
