package io.ticketflow.ticket.attachment;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentAddressTest {

    @Test
    void the_address_is_the_sha256_of_the_bytes() {
        // FIPS 180-2 test vector
        assertThat(ContentAddress.of("abc".getBytes(StandardCharsets.US_ASCII)).value())
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_bytes_get_the_same_address_and_other_bytes_another() {
        byte[] content = "screenshot".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentAddress.of(content)).isEqualTo(ContentAddress.of(content.clone()));
        assertThat(ContentAddress.of(content)).isNotEqualTo(ContentAddress.of("screenshot!".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_address_reads_back_from_its_text_and_nothing_else_does() {
        ContentAddress address = ContentAddress.of(new byte[] {1, 2, 3});

        assertThat(new ContentAddress(address.value())).isEqualTo(address);
        assertThat(address.hex()).hasSize(64).isEqualTo(address.value().substring("sha256:".length()));
        for (String malformed : new String[] {null, "", address.hex(), "md5:" + address.hex(),
                "sha256:" + address.hex().toUpperCase(), "sha256:" + address.hex() + "0", "sha256:../../etc/passwd"}) {
            assertThatThrownBy(() -> new ContentAddress(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
