package io.ticketflow.notification.email;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * notification-service checks every token itself, whatever reaches its port: the gateway's rows for webhooks and
 * notifications again, with real tokens of the test issuer, and whose mail preferences are whose: one's own (an
 * agent by their subject, a requester by their email being the ticket's requester's), anyone's for supervisors and
 * admins, and another's a 404 that changes nothing.
 */
class NotificationAccessIT extends EmailIntegrationTest {

    private static final String RESOLVED_ONLY = "{\"optedOut\": [\"ticket-resolved\"]}";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ticketflow.testkit.spring.SpringIssuer#refusedTokens")
    void a_missing_or_refused_token_is_a_401_problem_and_changes_nothing(String what, String authorization)
            throws Exception {
        String agent = RecipientReference.agent("refused-" + UUID.randomUUID());

        mvc.perform(get("/api/webhooks").with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentType("application/problem+json"));
        preferences(put("/api/notifications/preferences/" + agent), SpringIssuer.authorization(authorization))
                .andExpect(status().isUnauthorized());

        optedOut(agent).andExpect(jsonPath("$.optedOut.length()").value(0));
    }

    @Test
    void webhooks_are_for_supervisors_and_admins_only() throws Exception {
        for (String role : List.of("supervisor", "admin")) {
            mvc.perform(get("/api/webhooks").with(as(role))).andExpect(status().isOk());
        }
        int before = webhooks();
        for (String role : List.of("agent", "analyst", "requester", "system")) {
            mvc.perform(get("/api/webhooks").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"targetUrl\": \"https://hooks.example.com/" + role + "\"}").with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType("application/problem+json"));
        }
        assertThat(webhooks()).as("subscriptions after refused ones").isEqualTo(before);
    }

    @Test
    void the_delivery_log_is_for_staff() throws Exception {
        String log = "/api/notifications?ticketId=" + UUID.randomUUID();
        for (String role : List.of("agent", "supervisor", "admin")) {
            mvc.perform(get(log).with(as(role))).andExpect(status().isOk());
        }
        for (String role : List.of("analyst", "requester", "system")) {
            mvc.perform(get(log).with(as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void an_agent_manages_their_own_preferences_and_another_agents_are_not_found() throws Exception {
        String mine = RecipientReference.agent("carol-" + UUID.randomUUID());
        String theirs = RecipientReference.agent("dave-" + UUID.randomUUID());
        RequestPostProcessor carol = SpringIssuer.as(mine.substring("agent:".length()), "agent");

        preferences(put("/api/notifications/preferences/" + mine), carol).andExpect(status().isOk());
        mvc.perform(get("/api/notifications/preferences/" + mine).with(carol))
                .andExpect(status().isOk()).andExpect(jsonPath("$.optedOut[0]").value("ticket-resolved"));

        notFound(preferences(put("/api/notifications/preferences/" + theirs), carol));
        notFound(mvc.perform(get("/api/notifications/preferences/" + theirs).with(carol)));
        optedOut(theirs).andExpect(jsonPath("$.optedOut.length()").value(0));
    }

    @Test
    void a_requester_manages_the_preferences_of_their_tickets_only() throws Exception {
        UUID ticket = UUID.randomUUID();
        String email = address("requester");
        ticketEvent(ticket, opened(ticket, email, Map.of()));
        String reference = RecipientReference.requester(ticket);
        Awaitility.await("ticket projected").atMost(PATIENCE).until(() -> recipients.contact(reference).isPresent());
        RequestPostProcessor owner = requester("alice", email.toUpperCase());
        RequestPostProcessor stranger = requester("bob", address("bob"));

        notFound(preferences(put("/api/notifications/preferences/" + reference), stranger));
        notFound(mvc.perform(get("/api/notifications/preferences/" + reference).with(stranger)));
        notFound(preferences(put("/api/notifications/preferences/" + reference), SpringIssuer.as("carol", "agent")));
        optedOut(reference).andExpect(jsonPath("$.optedOut.length()").value(0));

        preferences(put("/api/notifications/preferences/" + reference), owner).andExpect(status().isOk());
        optedOut(reference).andExpect(jsonPath("$.optedOut[0]").value("ticket-resolved"));
    }

    @Test
    void a_ticket_not_known_yet_has_no_requester_but_staff_may_set_its_preferences() throws Exception {
        String reference = RecipientReference.requester(UUID.randomUUID());

        notFound(preferences(put("/api/notifications/preferences/" + reference), requester("alice", address("a"))));
        preferences(put("/api/notifications/preferences/" + reference), as("supervisor")).andExpect(status().isOk());
    }

    @Test
    void health_answers_without_a_token_and_metrics_need_one() throws Exception {
        mvc.perform(get("/actuator/health/liveness").with(SpringIssuer.authorization(null))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(SpringIssuer.authorization(null)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    private ResultActions preferences(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(RESOLVED_ONLY).with(caller));
    }

    /** The recipient's opt-outs as an admin (the default caller) reads them. */
    private ResultActions optedOut(String reference) throws Exception {
        return mvc.perform(get("/api/notifications/preferences/" + reference)).andExpect(status().isOk());
    }

    private static void notFound(ResultActions result) throws Exception {
        result.andExpect(status().isNotFound()).andExpect(content().contentType("application/problem+json"));
    }

    private int webhooks() throws Exception {
        return JsonPath.read(mvc.perform(get("/api/webhooks")).andReturn().getResponse()
                .getContentAsString(), "$.webhooks.length()");
    }

    private static RequestPostProcessor requester(String subject, String email) {
        return SpringIssuer.authorization("Bearer " + SpringIssuer.ISSUER.jwt(subject).roles("requester")
                .claim("email", email).sign());
    }

    private static RequestPostProcessor as(String role) {
        return SpringIssuer.as("user-" + role, role);
    }
}
