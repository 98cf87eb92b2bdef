package io.ticketflow.testkit;

/** {@link TestInfrastructure.Mode#ENVIRONMENT}: servers someone else runs; nothing to start or stop. */
record ConfiguredInfrastructure(String kafkaBootstrapServers, PostgresServer postgres)
        implements RunningInfrastructure {

    static ConfiguredInfrastructure from(Settings settings) {
        String bootstrap = settings.get(Settings.KAFKA_BOOTSTRAP).orElseThrow(() -> missing(Settings.KAFKA_BOOTSTRAP));
        String url = settings.get(Settings.POSTGRES_URL).orElseThrow(() -> missing(Settings.POSTGRES_URL));
        String user = settings.get(Settings.POSTGRES_USER).orElse("postgres");
        String password = settings.get(Settings.POSTGRES_PASSWORD).orElse("");
        JdbcUrls.hostAndPort(url); // rejects a malformed URL now rather than at the first createDatabase
        return new ConfiguredInfrastructure(bootstrap, new PostgresServer(url, user, password));
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException(
                Settings.INFRA + "=environment needs " + name + " (and " + Settings.KAFKA_BOOTSTRAP + " / "
                        + Settings.POSTGRES_URL + " together)");
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }
}
