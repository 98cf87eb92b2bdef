package io.ticketflow.launcher.token;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationResponseTest {
    private static final URI REDIRECT = URI.create("http://127.0.0.1:8765/callback");

    @Test
    void the_code_is_read_from_the_location_when_the_state_is_the_one_sent() {
        URI location = URI.create("http://127.0.0.1:8765/callback?code=Sp1x%2Fa-b_c&state=s-123");

        assertThat(AuthorizationResponse.isRedirectTo(location, REDIRECT)).isTrue();
        assertThat(AuthorizationResponse.code(location, "s-123")).isEqualTo("Sp1x/a-b_c");
    }

    @Test
    void a_code_for_another_state_is_not_redeemed() {
        URI location = URI.create("http://127.0.0.1:8765/callback?code=abc&state=someone-else");

        assertThatThrownBy(() -> AuthorizationResponse.code(location, "mine"))
                .isInstanceOf(TokenFlowException.class).hasMessageContaining("state");
    }

    @Test
    void an_error_response_is_reported_with_its_description() {
        URI location = URI.create("http://127.0.0.1:8765/callback?error=access_denied"
                + "&error_description=The+user+said+no&state=mine");

        assertThatThrownBy(() -> AuthorizationResponse.code(location, "mine"))
                .isInstanceOf(TokenFlowException.class)
                .hasMessageContaining("access_denied").hasMessageContaining("The user said no");
    }

    @Test
    void a_response_without_a_code_is_refused() {
        URI location = URI.create("http://127.0.0.1:8765/callback?state=mine");

        assertThatThrownBy(() -> AuthorizationResponse.code(location, "mine")).hasMessageContaining("no code");
    }

    @Test
    void only_the_redirect_uri_itself_ends_the_authorization() {
        assertThat(AuthorizationResponse.isRedirectTo(URI.create("http://localhost:9000/login"), REDIRECT)).isFalse();
        assertThat(AuthorizationResponse.isRedirectTo(URI.create("http://127.0.0.1:9000/callback?code=x"), REDIRECT))
                .isFalse();
        assertThat(AuthorizationResponse.isRedirectTo(URI.create("http://127.0.0.1:8765/other?code=x"), REDIRECT))
                .isFalse();
        assertThat(AuthorizationResponse.isRedirectTo(
                URI.create("http://localhost:9000/oauth2/authorize?redirect_uri=http://127.0.0.1:8765/callback"),
                REDIRECT)).isFalse();
    }
}
