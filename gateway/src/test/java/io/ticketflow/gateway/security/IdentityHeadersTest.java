package io.ticketflow.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeadersTest {

    @Test
    void the_actor_follows_the_strongest_role() {
        assertThat(IdentityHeaders.actor("alice", List.of("requester"))).contains("customer:alice");
        assertThat(IdentityHeaders.actor("carol", List.of("agent"))).contains("agent:carol");
        assertThat(IdentityHeaders.actor("erin", List.of("requester", "supervisor"))).contains("agent:erin");
        assertThat(IdentityHeaders.actor("admin", List.of("admin"))).contains("agent:admin");
        assertThat(IdentityHeaders.actor("crm", List.of("system", "requester"))).contains("system:crm");
        assertThat(IdentityHeaders.actor("frank", List.of("analyst"))).isEmpty();
        assertThat(IdentityHeaders.actor("nobody", List.of())).isEmpty();
    }
}
