package io.ticketflow.identity.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedSecretsTest {
    @TempDir
    Path folder;

    @Test
    void the_first_start_generates_a_distinct_secret_for_everyone_in_an_owner_only_file() throws IOException {
        Path home = folder.resolve("run/identity");

        GeneratedSecrets secrets = GeneratedSecrets.loadOrCreate(home, List.of("alice", "bob"), List.of("system"));

        assertThat(secrets.password("alice")).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(secrets.password("bob"));
        assertThat(secrets.clientSecret("system")).hasSizeGreaterThanOrEqualTo(24);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(Files.readString(secrets.file()))
                .contains("user.alice.password=" + secrets.password("alice"))
                .contains("client.system.secret=" + secrets.clientSecret("system"));
        assertThat(secrets.toString()).doesNotContain(secrets.password("alice"));
    }

    @Test
    void a_later_start_keeps_what_the_file_holds_and_adds_only_what_it_lacks() throws IOException {
        GeneratedSecrets first = GeneratedSecrets.loadOrCreate(folder, List.of("alice"), List.of("system"));

        GeneratedSecrets second = GeneratedSecrets.loadOrCreate(folder, List.of("alice", "carol"), List.of("system"));

        assertThat(second.password("alice")).isEqualTo(first.password("alice"));
        assertThat(second.clientSecret("system")).isEqualTo(first.clientSecret("system"));
        assertThat(second.password("carol")).isNotBlank();
        assertThat(GeneratedSecrets.loadOrCreate(folder, List.of("alice", "carol"), List.of("system")).password("carol"))
                .isEqualTo(second.password("carol"));
        assertThat(Files.readString(first.file())).startsWith("#").doesNotContainPattern("(?m)^#.*20\\d\\d");
    }

    @Test
    void a_file_others_were_given_access_to_is_made_owner_only_again() throws IOException {
        GeneratedSecrets secrets = GeneratedSecrets.loadOrCreate(folder, List.of("alice"), List.of());
        Files.setPosixFilePermissions(secrets.file(), PosixFilePermissions.fromString("rw-r--r--"));

        GeneratedSecrets.loadOrCreate(folder, List.of("alice"), List.of());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file()))).isEqualTo("rw-------");
    }
}
