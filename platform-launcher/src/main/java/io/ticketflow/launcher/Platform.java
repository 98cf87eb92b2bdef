package io.ticketflow.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the platform in dependency order (PostgreSQL, Kafka, the mail catcher, the identity-server, topics, services)
 * and stops it in reverse.
 * Every process is recorded in a pid file the moment it exists, so even a launcher killed half-way leaves
 * {@code down} enough to clean up.
 */
final class Platform implements AutoCloseable {
    static final String POSTGRES = "postgres";
    private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);
    private static final Duration CATCHER_GRACE = Duration.ofSeconds(10);
    private static final Duration IDENTITY_GRACE = Duration.ofSeconds(20);

    private final Settings settings;
    private final PidFiles pidFiles;
    private final PrintStream out;
    private final List<ChildProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private ChildProcess kafka;
    private ChildProcess mailCatcher;
    private ChildProcess identityServer;
    private boolean stopping;

    Platform(Settings settings, PidFiles pidFiles, PrintStream out) {
        this.settings = settings;
        this.pidFiles = pidFiles;
        this.out = out;
    }

    /** Checked before anything starts: a missing jar or a busy port is reported, not half a platform. */
    void preflight(List<ServiceSpec> toStart) {
        requireBuilt(toStart);
        PortGuard.requireFree(portClaims(toStart));
    }

    /**
     * Each step that creates a process holds the same lock as {@link #close()}, and none runs once stopping has
     * begun: Ctrl-C in the middle of a start must not leave a process that was started after the stop passed by.
     */
    void start(List<ServiceSpec> toStart) {
        startPostgres();
        startKafka();
        startMailCatcher();
        startIdentityServer();
        List<String> topics = TopicCreator.createMissing(settings.kafkaBootstrap());
        out.println(topics.isEmpty() ? "Topics: all present" : "Topics created: " + String.join(", ", topics));
        toStart.forEach(this::startService);
        new ReadinessWatch(out).awaitAll(services, settings.readyTimeout());
    }

    private void requireBuilt(List<ServiceSpec> toStart) {
        List<Path> missing = new ArrayList<>();
        Path brokerLibraries = new KafkaBroker(settings).libraries();
        if (settings.externalKafka().isEmpty() && !Files.isDirectory(brokerLibraries)) {
            missing.add(brokerLibraries);
        }
        Path catcherJar = new LocalMailCatcher(settings).jar();
        if (!Files.exists(catcherJar)) {
            missing.add(catcherJar);
        }
        Path identityJar = new LocalIdentityServer(settings).jar();
        if (!Files.exists(identityJar)) {
            missing.add(identityJar);
        }
        toStart.stream().map(s -> settings.moduleJar(s.name())).filter(jar -> !Files.exists(jar)).forEach(missing::add);
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("Not built yet:\n");
            missing.forEach(path -> message.append("  ").append(settings.root().relativize(path)).append('\n'));
            message.append("Build with ./mvnw -q -DskipTests package (./ticketflow does it when something is missing),")
                    .append("\nor start only PostgreSQL and Kafka with ./ticketflow up --only infra.");
            throw new LauncherException(message.toString());
        }
    }

    private List<PortGuard.Claim> portClaims(List<ServiceSpec> toStart) {
        List<PortGuard.Claim> claims = new ArrayList<>();
        if (settings.externalPostgres().isEmpty()) {
            claims.add(new PortGuard.Claim(settings.postgresPort(), "PostgreSQL (embedded)"));
        }
        if (settings.externalKafka().isEmpty()) {
            claims.add(new PortGuard.Claim(KafkaBrokerConfig.BROKER_PORT, "the Kafka broker"));
            claims.add(new PortGuard.Claim(KafkaBrokerConfig.CONTROLLER_PORT, "the Kafka controller"));
        }
        claims.add(new PortGuard.Claim(LocalMailCatcher.SMTP_PORT, "the mail catcher (SMTP)"));
        claims.add(new PortGuard.Claim(LocalMailCatcher.HTTP_PORT, "the mail catcher (HTTP)"));
        claims.add(new PortGuard.Claim(LocalIdentityServer.PORT, "the identity-server"));
        toStart.forEach(s -> claims.add(new PortGuard.Claim(s.port(), s.name())));
        return claims;
    }

    private synchronized void startPostgres() {
        requireNotStopping();
        Instant begin = Instant.now();
        postgres = PostgresServer.start(settings);
        postgres.postmaster().ifPresent(p -> pidFiles.record(POSTGRES, p));
        List<String> created = postgres.createMissingDatabases(ServiceSpec.DATABASES);
        out.printf("PostgreSQL ready at %s:%d (%s)%s%n", settings.postgresHost(), settings.postgresPort(),
                settings.externalPostgres().isPresent() ? "existing server" : "embedded, started in " + since(begin),
                created.isEmpty() ? "" : "; created databases " + String.join(", ", created));
    }

    private void startKafka() {
        Instant begin = Instant.now();
        startBroker();
        KafkaBroker.awaitReady(settings.kafkaBootstrap(), kafka);
        out.printf("Kafka ready at %s (%s)%n", settings.kafkaBootstrap(),
                kafka == null ? "existing cluster" : "local broker, started in " + since(begin));
    }

    private synchronized void startBroker() {
        requireNotStopping();
        if (settings.externalKafka().isEmpty()) {
            kafka = new KafkaBroker(settings).start();
            pidFiles.record(KafkaBroker.NAME, kafka.handle());
        }
    }

    private void startMailCatcher() {
        Instant begin = Instant.now();
        startCatcherProcess();
        LocalMailCatcher.awaitReady(mailCatcher);
        out.printf("Mail catcher ready: SMTP %s:%d, mails at %s (started in %s)%n", LocalMailCatcher.SMTP_HOST,
                LocalMailCatcher.SMTP_PORT, LocalMailCatcher.MESSAGES_URL, since(begin));
    }

    private synchronized void startCatcherProcess() {
        requireNotStopping();
        mailCatcher = new LocalMailCatcher(settings).start();
        pidFiles.record(LocalMailCatcher.NAME, mailCatcher.handle());
    }

    /** Before the services: they are told to trust this issuer, and a token is the first thing a client asks for. */
    private void startIdentityServer() {
        Instant begin = Instant.now();
        startIdentityProcess();
        LocalIdentityServer.awaitReady(identityServer, settings);
        out.printf("Identity server ready: issuer %s, tokens with ./ticketflow token alice (started in %s)%n",
                LocalIdentityServer.ISSUER, since(begin));
    }

    private synchronized void startIdentityProcess() {
        requireNotStopping();
        identityServer = new LocalIdentityServer(settings).start();
        pidFiles.record(LocalIdentityServer.NAME, identityServer.handle());
    }

    private synchronized void startService(ServiceSpec service) {
        requireNotStopping();
        // Small heaps so that six JVMs, Kafka and PostgreSQL fit a laptop; the full JIT (no TieredStopAtLevel)
        // because the platform is measured under load, where C1-only code was a third slower.
        List<String> command = List.of(ChildProcess.java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-jar", settings.moduleJar(service.name()).toString());
        Path log = settings.layout().log(service.name());
        ChildProcess child = ChildProcess.start(service.name(), command, service.environment(settings), log,
                settings.root());
        services.add(child);
        pidFiles.record(service.name(), child.handle());
    }

    /** Resolves with the name of the first process of the platform that exits; the launcher then stops the rest. */
    CompletableFuture<String> firstExit() {
        Map<String, CompletableFuture<ProcessHandle>> exits = new LinkedHashMap<>();
        services.forEach(s -> exits.put(s.name(), s.handle().onExit()));
        Optional.ofNullable(identityServer).ifPresent(i -> exits.put(i.name(), i.handle().onExit()));
        Optional.ofNullable(mailCatcher).ifPresent(m -> exits.put(m.name(), m.handle().onExit()));
        Optional.ofNullable(kafka).ifPresent(k -> exits.put(k.name(), k.handle().onExit()));
        postgres.postmaster().ifPresent(p -> exits.put(POSTGRES, p.onExit()));
        CompletableFuture<String> first = new CompletableFuture<>();
        exits.forEach((name, exit) -> exit.thenRun(() -> first.complete(name)));
        return first;
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new LauncherException("Stopped while starting.");
        }
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /**
     * Services first (they flush to Kafka and PostgreSQL, and may still send a mail, while shutting down), then the
     * identity-server, the mail catcher, Kafka and PostgreSQL.
     */
    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        ProcessStopper.stopAll(services.stream().map(ChildProcess::handle).toList(), SERVICE_GRACE);
        services.forEach(s -> pidFiles.delete(s.name()));
        if (identityServer != null) {
            ProcessStopper.stop(identityServer.handle(), IDENTITY_GRACE);
            pidFiles.delete(LocalIdentityServer.NAME);
        }
        if (mailCatcher != null) {
            ProcessStopper.stop(mailCatcher.handle(), CATCHER_GRACE);
            pidFiles.delete(LocalMailCatcher.NAME);
        }
        if (kafka != null) {
            ProcessStopper.stop(kafka.handle(), KAFKA_GRACE);
            pidFiles.delete(KafkaBroker.NAME);
        }
        if (postgres != null) {
            postgres.close();
            pidFiles.delete(POSTGRES);
        }
    }

    private static String since(Instant begin) {
        return String.format("%.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }
}
