package io.ticketflow.launcher.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTest {

    @Test
    void the_challenge_is_the_s256_of_rfc_7636s_example() {
        // RFC 7636, appendix B
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void every_authorization_gets_its_own_verifier_of_the_length_the_rfc_asks() {
        Pkce first = Pkce.generate();
        Pkce second = Pkce.generate();

        assertThat(first.verifier()).isNotEqualTo(second.verifier()).matches("[A-Za-z0-9_-]{43,128}");
        assertThat(first.challenge()).isEqualTo(Pkce.challengeOf(first.verifier()));
        assertThat(first.toString()).doesNotContain(first.verifier());
    }
}
