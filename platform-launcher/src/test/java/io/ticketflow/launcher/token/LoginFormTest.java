package io.ticketflow.launcher.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginFormTest {

    @Test
    void the_csrf_token_is_read_from_spring_securitys_default_login_page() {
        String html = """
                <form class="login-form" method="post" action="/login">
                  <h2>Please sign in</h2>
                  <p><label for="username">Username</label>
                  <input type="text" id="username" name="username" placeholder="Username" required autofocus></p>
                  <p><label for="password">Password</label>
                  <input type="password" id="password" name="password" placeholder="Password" required></p>
                <input name="_csrf" type="hidden" value="Zm9v-YmFy_YmF6LXF1eA" />
                  <button type="submit" class="primary">Sign in</button>
                </form>""";

        assertThat(LoginForm.csrfToken(html)).isEqualTo("Zm9v-YmFy_YmF6LXF1eA");
    }

    @Test
    void attribute_order_quoting_and_case_do_not_matter_and_entities_are_decoded() {
        String html = "<INPUT value='a&amp;b&quot;c' type='hidden' NAME='_csrf'>";

        assertThat(LoginForm.csrfToken(html)).isEqualTo("a&b\"c");
    }

    @Test
    void another_hidden_input_is_not_taken_for_the_csrf_token() {
        String html = "<input type=\"hidden\" name=\"_csrf_header\" value=\"X-CSRF-TOKEN\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"right\">";

        assertThat(LoginForm.csrfToken(html)).isEqualTo("right");
    }

    @Test
    void a_page_without_the_csrf_input_is_not_a_login_form() {
        assertThatThrownBy(() -> LoginForm.csrfToken("<html><body>Whitelabel Error Page</body></html>"))
                .isInstanceOf(TokenFlowException.class).hasMessageContaining("_csrf");
    }
}
