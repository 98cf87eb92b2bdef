package io.ticketflow.ticket.web;

import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.ticketflow.ticket.web.TicketRestClient.AGENT;
import static io.ticketflow.ticket.web.TicketRestClient.accepted;
import static io.ticketflow.ticket.web.TicketRestClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Links and merges between tickets, and idempotent messages, through REST on real PostgreSQL and Kafka. */
class TicketLinksAndMergesIT extends RestApiIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketLinksAndMergesIT.class);
    }

    @Test
    void a_link_reads_from_both_tickets_until_it_is_removed_and_stays_in_the_past() throws Exception {
        String incident = tickets.open();
        String problem = tickets.open();

        long linked = accepted(tickets.command(incident, "links", AGENT,
                "{\"linkedTicketId\":\"" + problem + "\",\"type\":\"CAUSED_BY\"}"));
        tickets.awaitView(incident, linked, jsonPath("$.links", hasSize(1)),
                jsonPath("$.links[0].ticketId").value(problem), jsonPath("$.links[0].type").value("CAUSED_BY"));
        tickets.awaitView(problem, jsonPath("$.links[0].ticketId").value(incident),
                jsonPath("$.links[0].type").value("CAUSES"));
        Instant whileLinked = Instant.now();

        long unlinked = accepted(mvc.perform(delete("/api/tickets/{id}/links/{other}", incident, problem)
                .with(Callers.as(AGENT))));
        tickets.awaitView(incident, unlinked, jsonPath("$.links", hasSize(0)));
        tickets.awaitView(problem, jsonPath("$.links", hasSize(0)));
        mvc.perform(get("/api/tickets/{id}", problem).param("asOf", whileLinked.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[0].ticketId").value(incident))
                .andExpect(jsonPath("$.links[0].type").value("CAUSES"));
        tickets.history(incident).andExpect(jsonPath("$.events[1].type").value("TicketLinked"))
                .andExpect(jsonPath("$.events[2].type").value("TicketUnlinked"));
    }

    @Test
    void a_link_is_one_fact_whichever_end_made_it() throws Exception {
        String change = tickets.open();
        String request = tickets.open();
        accepted(tickets.command(change, "links", AGENT,
                "{\"linkedTicketId\":\"" + request + "\",\"type\":\"BLOCKS\"}"));

        // the same link asked for from the other end changes nothing; another type is refused
        accepted(tickets.command(request, "links", AGENT,
                "{\"linkedTicketId\":\"" + change + "\",\"type\":\"BLOCKED_BY\"}"));
        problem(tickets.command(request, "links", AGENT,
                "{\"linkedTicketId\":\"" + change + "\",\"type\":\"RELATES_TO\"}"), 409);
        tickets.history(request).andExpect(jsonPath("$.events", hasSize(1)));

        // removed from the end that did not make it, the link goes where it was recorded
        accepted(mvc.perform(delete("/api/tickets/{id}/links/{other}", request, change)
                .with(Callers.as(AGENT))));
        tickets.history(change).andExpect(jsonPath("$.events[2].type").value("TicketUnlinked"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tickets.view(request)
                .andExpect(jsonPath("$.links", hasSize(0))));
    }

    @Test
    void links_to_nothing_to_itself_or_of_no_known_type_are_refused_naming_the_field() throws Exception {
        String ticket = tickets.open();
        problem(tickets.command(ticket, "links", AGENT,
                "{\"linkedTicketId\":\"" + UUID.randomUUID() + "\",\"type\":\"RELATES_TO\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("linkedTicketId"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("there is no ticket")));
        problem(tickets.command(ticket, "links", AGENT,
                "{\"linkedTicketId\":\"" + ticket + "\",\"type\":\"RELATES_TO\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("linkedTicketId"));
        problem(tickets.command(ticket, "links", AGENT,
                "{\"linkedTicketId\":\"" + tickets.open() + "\",\"type\":\"LOOKS_LIKE\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        problem(mvc.perform(delete("/api/tickets/{id}/links/{other}", ticket, UUID.randomUUID())
                .with(Callers.as(AGENT))), 409);
    }

    @Test
    void a_merged_duplicate_closes_and_the_ticket_that_carries_on_gets_one_note_about_it() throws Exception {
        String duplicate = tickets.open();
        String survivor = tickets.open();

        accepted(tickets.command(duplicate, "merge", AGENT, "{\"targetTicketId\":\"" + survivor + "\"}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tickets.view(survivor)
                .andExpect(jsonPath("$.conversation", hasSize(1)))
                .andExpect(jsonPath("$.conversation[0].visibility").value("INTERNAL_NOTE"))
                .andExpect(jsonPath("$.conversation[0].authorKind").value("SYSTEM"))
                .andExpect(jsonPath("$.conversation[0].authorId").value("merge-notes"))
                .andExpect(jsonPath("$.conversation[0].body", containsString(duplicate)))
                .andExpect(jsonPath("$.conversation[0].body", containsString("by agent:a-17"))));
        tickets.awaitView(duplicate, jsonPath("$.status").value("CLOSED"), jsonPath("$.closeReason").value("MERGED"),
                jsonPath("$.mergedInto").value(survivor));
        // the note is written once: the policy's processor has moved on and nothing else arrives
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                tickets.history(survivor).andExpect(jsonPath("$.events", hasSize(2))));
    }

    @Test
    void a_requester_may_not_merge_even_their_own_tickets() throws Exception {
        String duplicate = tickets.open();
        String survivor = tickets.open();

        problem(tickets.command(duplicate, "merge", TicketRestClient.REQUESTER,
                "{\"targetTicketId\":\"" + survivor + "\"}"), 403)
                .andExpect(jsonPath("$.action").value("merge"));

        tickets.history(duplicate).andExpect(jsonPath("$.events", hasSize(1))); // the store: nothing happened
    }

    @Test
    void merging_into_a_closed_or_unknown_ticket_is_refused_naming_the_field() throws Exception {
        String closed = tickets.open();
        accepted(tickets.command(closed, "resolve", AGENT, "{\"resolutionCode\":\"SOLVED\"}"));
        accepted(tickets.command(closed, "close", AGENT, null));
        String duplicate = tickets.open();

        problem(tickets.command(duplicate, "merge", AGENT, "{\"targetTicketId\":\"" + closed + "\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("targetTicketId"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("is closed")));
        problem(tickets.command(duplicate, "merge", AGENT, "{\"targetTicketId\":\"" + UUID.randomUUID() + "\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("targetTicketId"));
        tickets.history(duplicate).andExpect(jsonPath("$.events", hasSize(1))); // the store: nothing happened
    }

    @Test
    void a_message_sent_again_with_its_id_is_written_once() throws Exception {
        String ticket = tickets.open();
        String message = "{\"messageId\":\"" + UUID.randomUUID()
                + "\",\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Which address do you use?\"}";
        long first = accepted(tickets.command(ticket, "messages", AGENT, message));
        long again = accepted(tickets.command(ticket, "messages", AGENT, message));

        assertThat(again).isEqualTo(first);
        tickets.awaitView(ticket, first, jsonPath("$.conversation", hasSize(1)));
    }
}
