package io.ticketflow.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    @Test
    void a_requester_is_a_requester_and_nothing_else() {
        Caller alice = Caller.of(token(Map.of("roles", List.of("requester"), "email", "alice@example.com")));

        assertThat(alice.subject()).isEqualTo("someone");
        assertThat(alice.email()).isEqualTo("alice@example.com");
        assertThat(alice.isRequester()).isTrue();
        assertThat(alice.isStaff()).isFalse();
        assertThat(alice.isSystem()).isFalse();
    }

    @Test
    void agents_supervisors_and_admins_are_staff() {
        for (String role : List.of("agent", "supervisor", "admin")) {
            Caller caller = Caller.of(token(Map.of("roles", List.of(role))));
            assertThat(caller.isStaff()).as(role).isTrue();
            assertThat(caller.isRequester()).as(role).isFalse();
            assertThat(caller.isSystem()).as(role).isFalse();
        }
    }

    @Test
    void staff_wins_over_system_and_requester_as_at_the_gateway() {
        Caller both = Caller.of(token(Map.of("roles", List.of("requester", "system", "agent"))));
        assertThat(both.isStaff()).isTrue();
        assertThat(both.isRequester()).isFalse();
        assertThat(both.isSystem()).isFalse();

        Caller system = Caller.of(token(Map.of("roles", List.of("requester", "system"))));
        assertThat(system.isSystem()).isTrue();
        assertThat(system.isRequester()).isFalse();
    }

    @Test
    void an_analyst_or_a_token_without_roles_is_neither_requester_nor_staff_nor_system() {
        for (Caller caller : List.of(Caller.of(token(Map.of("roles", List.of("analyst")))), Caller.of(token(Map.of())))) {
            assertThat(caller.isRequester()).isFalse();
            assertThat(caller.isStaff()).isFalse();
            assertThat(caller.isSystem()).isFalse();
        }
    }

    @Test
    void roles_that_are_not_plain_words_are_ignored() {
        Caller caller = Caller.of(token(Map.of("roles", List.of("agent,admin", "requester"))));

        assertThat(caller.roles()).containsExactly("requester");
        assertThat(caller.isRequester()).isTrue();
    }

    @Test
    void the_email_never_shows_in_to_string() {
        Caller alice = Caller.of(token(Map.of("roles", List.of("requester"), "email", "alice@example.com")));

        assertThat(alice.toString()).doesNotContain("alice@example.com").contains("someone", "requester");
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
