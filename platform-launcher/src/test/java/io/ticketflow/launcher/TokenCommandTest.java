package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCommandTest {
    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void an_unknown_user_exits_with_2_and_names_the_known_users_without_printing_a_token() throws IOException {
        Path secrets = secretsFile();

        int exitCode = command(secrets, URI.create("http://localhost:9000")).run(Optional.of("mallory"), false);

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown user 'mallory'").contains("alice, bob, carol").contains("system")
                .doesNotContain("alice-password");
        assertThat(out.size()).isZero();
    }

    @Test
    void without_the_secrets_file_it_says_to_start_the_platform() {
        Path missing = home.resolve("run/identity/secrets.properties");

        assertThatThrownBy(() -> command(missing, URI.create("http://localhost:9000")).run(Optional.of("alice"), false))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("./ticketflow up");
    }

    @Test
    void an_identity_server_that_does_not_answer_is_reported_with_a_hint_and_no_secret() throws IOException {
        Path secrets = secretsFile();
        URI nobodyListens = URI.create("http://127.0.0.1:" + closedPort());

        assertThatThrownBy(() -> command(secrets, nobodyListens).run(Optional.of("alice"), false))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("does not answer").hasMessageContaining("./ticketflow status")
                .message().doesNotContain("alice-password");
        assertThatThrownBy(() -> command(secrets, nobodyListens).run(Optional.empty(), true))
                .isInstanceOf(LauncherException.class).hasMessageContaining("does not answer");
        assertThat(out.size()).isZero();
    }

    @Test
    void the_launcher_reads_the_secrets_the_identity_server_keeps_in_its_home_under_the_run_folder() {
        Settings settings = Settings.from(java.util.Map.of("TICKETFLOW_HOME", home.toString()), Path.of("/repo"));
        LocalIdentityServer identity = new LocalIdentityServer(settings);

        assertThat(identity.secretsFile()).isEqualTo(home.resolve("run/identity/secrets.properties"));
        assertThat(identity.environment())
                .containsEntry("TICKETFLOW_IDENTITY_HOME", home.resolve("run/identity").toString())
                .containsEntry("TICKETFLOW_IDENTITY_ISSUER", "http://localhost:9000")
                .containsEntry("SERVER_PORT", "9000");
    }

    private TokenCommand command(Path secrets, URI issuer) {
        return new TokenCommand(secrets, issuer, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path secretsFile() throws IOException {
        Path file = home.resolve("secrets.properties");
        Files.writeString(file, """
                # generated
                user.alice.password=alice-password
                user.bob.password=bob-password
                user.carol.password=carol-password
                client.ticketflow-system.secret=system-secret
                """);
        return file;
    }

    /** A port that was free a moment ago: connecting to it is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
