package io.ticketflow.identity.secrets;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {
    @TempDir
    Path home;

    @Test
    void the_key_is_generated_once_as_owner_only_pkcs8_pem_and_read_back_the_same() throws Exception {
        RSAKey first = SigningKey.loadOrCreate(home);
        RSAKey second = SigningKey.loadOrCreate(home);

        Path file = home.resolve(SigningKey.FILE_NAME);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(first.toRSAPublicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void another_home_gets_another_key() {
        assertThat(SigningKey.loadOrCreate(home.resolve("a")).getKeyID())
                .isNotEqualTo(SigningKey.loadOrCreate(home.resolve("b")).getKeyID());
    }

    @Test
    void a_file_that_holds_no_key_stops_the_start_with_its_name() throws IOException {
        Files.writeString(home.resolve(SigningKey.FILE_NAME), "not a key");

        assertThatThrownBy(() -> SigningKey.loadOrCreate(home))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(SigningKey.FILE_NAME);
    }
}
