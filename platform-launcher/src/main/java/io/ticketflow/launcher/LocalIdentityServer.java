package io.ticketflow.launcher;

import io.ticketflow.launcher.token.IdentitySecrets;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local platform's OIDC issuer: a JVM on {@code identity-server}'s jar. Started before the services and stopped
 * after them, so a service never looks for the issuer's keys while it is away. Its home (generated passwords, client
 * secret, signing key) is under the launcher's run folder, so tokens stay valid across restarts.
 */
final class LocalIdentityServer {
    static final String NAME = "identity-server";
    static final int PORT = 9000;
    /** What the tokens say in {@code iss}, and what the services are told to trust. */
    static final String ISSUER = "http://localhost:" + PORT;
    private static final URI READINESS = URI.create(ISSUER + "/actuator/health/readiness");

    private final Settings settings;

    LocalIdentityServer(Settings settings) {
        this.settings = settings;
    }

    Path jar() {
        return settings.moduleJar(NAME);
    }

    Path home() {
        return settings.layout().run().resolve("identity");
    }

    Path secretsFile() {
        return home().resolve(IdentitySecrets.FILE_NAME);
    }

    ChildProcess start() {
        List<String> command = List.of(ChildProcess.java(), "-Xms32m", "-Xmx160m", "-XX:+UseSerialGC",
                "-jar", jar().toString());
        return ChildProcess.start(NAME, command, environment(), settings.layout().log(NAME), settings.root());
    }

    Map<String, String> environment() {
        return Map.of("SERVER_PORT", Integer.toString(PORT),
                "TICKETFLOW_IDENTITY_ISSUER", ISSUER,
                "TICKETFLOW_IDENTITY_HOME", home().toString());
    }

    static boolean isReady() {
        return Readiness.isReady(READINESS);
    }

    static void awaitReady(ChildProcess identity, Settings settings) {
        Readiness.await(identity, READINESS, settings.readyTimeout());
    }
}
