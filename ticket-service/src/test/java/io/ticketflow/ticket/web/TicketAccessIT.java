package io.ticketflow.ticket.web;

import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.ticketflow.ticket.web.TicketRestClient.AGENT;
import static io.ticketflow.ticket.web.TicketRestClient.accepted;
import static io.ticketflow.ticket.web.TicketRestClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and do what, enforced by ticket-service itself with real tokens: a requester keeps to their own
 * tickets (another's is a 404), never sees internal notes, and may not do staff's work (403); a token that is
 * missing or refused is a 401. Each refusal is checked to have changed nothing in the event store.
 */
class TicketAccessIT extends RestApiIntegrationTest {

    private static final RequestPostProcessor ALICE = Callers.requester("alice", "alice@example.com");
    private static final RequestPostProcessor DORA = Callers.requester("dora", "dora@example.com");
    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ATTACHMENT_ID = Pattern.compile("\"attachmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketAccessIT.class);
    }

    @Test
    void another_requesters_ticket_does_not_exist_for_a_requester_and_nothing_they_try_changes_it() throws Exception {
        String alices = openAs(ALICE, "alice@example.com", "Printer offline");
        accepted(tickets.command(alices, "resolve", AGENT, "{\"resolutionCode\":\"SOLVED\"}"));
        String before = history(alices);

        notFound(mvc.perform(get("/api/tickets/{id}", alices).with(DORA)), alices);
        notFound(mvc.perform(get("/api/tickets/{id}", alices).param("asOf", "2030-01-01T00:00:00Z").with(DORA)), alices);
        notFound(mvc.perform(get("/api/tickets/{id}/history", alices).with(DORA)), alices);
        notFound(as(DORA, alices, "messages", "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"mine now\"}"), alices);
        notFound(as(DORA, alices, "satisfaction", "{\"score\":1}"), alices);
        notFound(as(DORA, alices, "reopen", "{\"reason\":\"not fixed\"}"), alices);
        // a staff action on another's ticket is a 404 too: a 403 would say the ticket exists
        notFound(as(DORA, alices, "assign", "{\"agentId\":\"a-17\",\"teamId\":\"billing\"}"), alices);
        notFound(as(DORA, alices, "links", "{\"linkedTicketId\":\"" + alices + "\",\"type\":\"RELATES_TO\"}"), alices);
        notFound(mvc.perform(multipart("/api/tickets/{id}/attachments", alices).file(file("dora.txt")).with(DORA)), alices);
        notFound(mvc.perform(get("/api/tickets/{id}/attachments/{a}", alices, UUID.randomUUID()).with(DORA)), alices);

        assertThat(history(alices)).isEqualTo(before);
        // the owner herself reads it
        mvc.perform(get("/api/tickets/{id}", alices).with(ALICE)).andExpect(status().isOk());
    }

    @Test
    void a_ticket_staff_opened_for_a_requesters_email_is_theirs_and_one_a_customer_opened_for_it_is_not() throws Exception {
        String forAlice = openAs(Callers.as(AGENT), "Alice@Example.com", "Phone call about the VPN");
        String doraForAlice = openAs(DORA, "alice@example.com", "Dora reports for Alice");

        tickets.awaitView(forAlice, jsonPath("$.status").value("NEW"));
        mvc.perform(get("/api/tickets/{id}", forAlice).with(ALICE)).andExpect(status().isOk());
        accepted(as(ALICE, forAlice, "messages", "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"since Monday\"}"));
        notFound(mvc.perform(get("/api/tickets/{id}", forAlice).with(DORA)), forAlice);

        // an email a customer typed proves nothing: the ticket is Dora's, who opened it
        notFound(mvc.perform(get("/api/tickets/{id}/history", doraForAlice).with(ALICE)), doraForAlice);
        mvc.perform(get("/api/tickets/{id}/history", doraForAlice).with(DORA)).andExpect(status().isOk());
    }

    @Test
    void a_requester_reading_their_own_ticket_never_sees_an_internal_note_nor_its_files() throws Exception {
        String id = openAs(ALICE, "alice@example.com", "Laptop will not boot");
        String noteFile = upload(Callers.as(AGENT), id, "diagnosis.txt");
        String replyFile = upload(Callers.as(AGENT), id, "steps.txt");
        accepted(tickets.command(id, "messages", AGENT, "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"staff secret: the disk"
                + " is dead\",\"attachmentIds\":[\"" + noteFile + "\"]}"));
        long version = accepted(tickets.command(id, "messages", AGENT, "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Please"
                + " try these steps\",\"attachmentIds\":[\"" + replyFile + "\"]}"));
        tickets.awaitView(id, version, jsonPath("$.conversation", hasSize(2)));

        for (ResultActions read : List.of(
                mvc.perform(get("/api/tickets/{id}", id).with(ALICE)),
                mvc.perform(get("/api/tickets/{id}", id).param("asOf", "2100-01-01T00:00:00Z").with(ALICE)))) {
            read.andExpect(status().isOk())
                    .andExpect(jsonPath("$.conversation", hasSize(1)))
                    .andExpect(jsonPath("$.conversation[0].visibility").value("PUBLIC_REPLY"))
                    .andExpect(jsonPath("$.conversation[0].body").value("Please try these steps"));
        }
        String history = mvc.perform(get("/api/tickets/{id}/history", id).with(ALICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].type", containsInAnyOrder("TicketOpened", "MessageAdded")))
                .andExpect(jsonPath("$.events[*].payload.visibility", everyItem(is("PUBLIC_REPLY"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).doesNotContain("staff secret").doesNotContain(noteFile);
        // staff still read everything
        tickets.history(id).andExpect(jsonPath("$.events", hasSize(3)));
        tickets.view(id).andExpect(jsonPath("$.conversation", hasSize(2)));

        mvc.perform(get("/api/tickets/{id}/attachments/{a}", id, replyFile).with(ALICE)).andExpect(status().isOk());
        problem(mvc.perform(get("/api/tickets/{id}/attachments/{a}", id, noteFile).with(ALICE)), 404);
        mvc.perform(get("/api/tickets/{id}/attachments/{a}", id, noteFile)).andExpect(status().isOk());

        // nor may they write one
        problem(as(ALICE, id, "messages", "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"psst\"}"), 403)
                .andExpect(jsonPath("$.action").value("add an internal note"));
        tickets.history(id).andExpect(jsonPath("$.events", hasSize(3)));
    }

    @Test
    void a_requester_may_not_do_staffs_work_on_their_own_ticket_whatever_headers_they_add() throws Exception {
        String id = openAs(ALICE, "alice@example.com", "Monitor flickers");
        String other = openAs(ALICE, "alice@example.com", "Monitor flickers again");
        String before = history(id);

        Map<String, String> staffWork = Map.of(
                "assign", "{\"agentId\":\"a-17\",\"teamId\":\"billing\"}",
                "unassign", "{}",
                "priority", "{\"priority\":\"URGENT\",\"reason\":\"me first\"}",
                "escalate", "{\"reason\":\"too slow\"}",
                "categorize", "{\"type\":\"INCIDENT\"}",
                "tags", "{\"add\":[\"vip\"]}",
                "merge", "{\"targetTicketId\":\"" + other + "\"}",
                "links", "{\"linkedTicketId\":\"" + other + "\",\"type\":\"RELATES_TO\"}");
        for (Map.Entry<String, String> work : staffWork.entrySet()) {
            problem(mvc.perform(post("/api/tickets/{id}/" + work.getKey(), id).with(ALICE)
                            // the gateway's identity headers, forged: the service reads the token only
                            .header("X-Ticketflow-Actor", "agent:a-17").header("X-Ticketflow-Roles", "admin")
                            .contentType(MediaType.APPLICATION_JSON).content(work.getValue())), 403)
                    .andExpect(jsonPath("$.action").isNotEmpty())
                    .andExpect(jsonPath("$.detail", startsWith("a requester cannot")));
        }
        problem(as(ALICE, id, "assign", "{\"agentId\":\"a-17\",\"teamId\":\"billing\"}"), 403)
                .andExpect(jsonPath("$.action").value("assign"));

        assertThat(history(id)).isEqualTo(before);
    }

    @Test
    void a_requester_lists_only_their_own_tickets_whatever_they_filter_by() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String own = openAs(ALICE, "alice@example.com", marker + " own");
        String forHer = openAs(Callers.as(AGENT), "alice@example.com", marker + " for her");
        String doras = openAs(DORA, "dora@example.com", marker + " dora");
        String doraForAlice = openAs(DORA, "alice@example.com", marker + " dora for alice");
        String agentsForDora = openAs(Callers.as(AGENT), "dora@example.com", marker + " for dora");
        for (String id : List.of(own, forHer, doras, doraForAlice, agentsForDora)) {
            tickets.awaitView(id, jsonPath("$.status").value("NEW"));
        }

        mvc.perform(get("/api/tickets").param("q", marker).with(ALICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].ticketId", containsInAnyOrder(own, forHer)));
        mvc.perform(get("/api/tickets").param("q", marker).param("requester", "dora@example.com").with(ALICE))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/tickets").param("q", marker).with(DORA))
                .andExpect(jsonPath("$.items[*].ticketId", containsInAnyOrder(doras, doraForAlice, agentsForDora)));
        mvc.perform(get("/api/tickets").param("q", marker))
                .andExpect(jsonPath("$.items", hasSize(5)));
    }

    @Test
    void a_missing_or_refused_token_is_a_401_and_opens_nothing() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String opening = TicketRestClient.OPENING.replace("Cannot log in", marker);
        List<String> refused = List.of(
                Callers.ISSUER.jwt("a-17").roles("agent").expiredAgo(Duration.ofMinutes(5)).sign(),
                Callers.ISSUER.jwt("a-17").roles("agent").issuer("http://issuer.example").sign(),
                Callers.ISSUER.jwt("a-17").roles("agent").audience("someone-else").sign(),
                Callers.ISSUER.jwt("a-17").roles("agent").tampered().sign(),
                Callers.ISSUER.jwt("a-17").roles("agent").signedWithAnotherKey().sign());

        problem(mvc.perform(post("/api/tickets").with(Callers.withAuthorization(null))
                .contentType(MediaType.APPLICATION_JSON).content(opening)), 401)
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        for (String token : refused) {
            problem(mvc.perform(post("/api/tickets").with(Callers.withAuthorization("Bearer " + token))
                    .contentType(MediaType.APPLICATION_JSON).content(opening)), 401)
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")));
        }
        problem(mvc.perform(get("/api/tickets").with(Callers.withAuthorization(null))), 401);

        mvc.perform(get("/api/tickets").param("q", marker)).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void an_analyst_has_no_business_with_tickets() throws Exception {
        String analyst = "Bearer " + Callers.ISSUER.token("frank", "analyst");
        problem(mvc.perform(get("/api/tickets").with(Callers.withAuthorization(analyst))), 403);
        problem(mvc.perform(post("/api/tickets").with(Callers.withAuthorization(analyst))
                .contentType(MediaType.APPLICATION_JSON).content(TicketRestClient.OPENING)), 403);
    }

    @Test
    void health_answers_without_a_token_and_metrics_do_not() throws Exception {
        mvc.perform(get("/actuator/health").with(Callers.withAuthorization(null))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness").with(Callers.withAuthorization(null))).andExpect(status().isOk());
        problem(mvc.perform(get("/actuator/prometheus").with(Callers.withAuthorization(null))), 401);
    }

    /** Opens a ticket as {@code caller} for {@code email}; answers its id. */
    private String openAs(RequestPostProcessor caller, String email, String subject) throws Exception {
        String body = "{\"subject\":\"" + subject + "\",\"description\":\"details\",\"requester\":{\"email\":\"" + email
                + "\",\"name\":\"Someone\"},\"type\":\"INQUIRY\",\"channel\":\"WEB\"}";
        String created = mvc.perform(post("/api/tickets").with(caller).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Matcher matcher = TICKET_ID.matcher(created);
        assertThat(matcher.find()).as(created).isTrue();
        return matcher.group(1);
    }

    private String upload(RequestPostProcessor caller, String ticketId, String name) throws Exception {
        String created = mvc.perform(multipart("/api/tickets/{id}/attachments", ticketId).file(file(name)).with(caller))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Matcher matcher = ATTACHMENT_ID.matcher(created);
        assertThat(matcher.find()).as(created).isTrue();
        return matcher.group(1);
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile("file", name, "text/plain", ("content of " + name).getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions as(RequestPostProcessor caller, String ticketId, String path, String body) throws Exception {
        return mvc.perform(post("/api/tickets/{id}/" + path, ticketId).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The ticket's whole stored history, as staff read it: what a refused request must leave as it was. */
    private String history(String ticketId) throws Exception {
        return tickets.history(ticketId).andReturn().getResponse().getContentAsString();
    }

    private static void notFound(ResultActions result, String ticketId) throws Exception {
        problem(result, 404).andExpect(jsonPath("$.detail", containsString(ticketId)))
                .andExpect(jsonPath("$.detail", not(containsString("requester"))));
    }
}
