package io.ticketflow.launcher.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenResponseTest {

    @Test
    void the_access_token_is_taken_from_the_json_answer() {
        String body = """
                {"access_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln-_x",
                 "scope":"openid","id_token":"eyJ.other.token","token_type":"Bearer","expires_in":1799}""";

        assertThat(TokenResponse.accessToken(200, body)).isEqualTo("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln-_x");
    }

    @Test
    void an_error_answer_is_reported_with_its_status_and_error_code() {
        assertThatThrownBy(() -> TokenResponse.accessToken(401, "{\"error\":\"invalid_client\"}"))
                .isInstanceOf(TokenFlowException.class)
                .hasMessageContaining("401").hasMessageContaining("invalid_client");
        assertThatThrownBy(() -> TokenResponse.accessToken(400, "{\"error\": \"invalid_grant\"}"))
                .hasMessageContaining("invalid_grant");
    }
}
