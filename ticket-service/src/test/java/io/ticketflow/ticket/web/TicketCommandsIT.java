package io.ticketflow.ticket.web;

import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static io.ticketflow.ticket.web.TicketRestClient.AGENT;
import static io.ticketflow.ticket.web.TicketRestClient.OPENING;
import static io.ticketflow.ticket.web.TicketRestClient.REQUESTER;
import static io.ticketflow.ticket.web.TicketRestClient.accepted;
import static io.ticketflow.ticket.web.TicketRestClient.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command endpoints through REST → aggregate → event store → read model, on real PostgreSQL and Kafka.
 */
class TicketCommandsIT extends RestApiIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketCommandsIT.class);
    }

    @Test
    void a_ticket_goes_through_its_whole_life_over_rest() throws Exception {
        String id = tickets.open();

        long version = accepted(tickets.command(id, "assign", AGENT, """
                {"agentId":"a-17","teamId":"billing","reason":"knows the mail system"}"""));
        tickets.awaitView(id, version, jsonPath("$.status").value("OPEN"), jsonPath("$.assigneeId").value("a-17"),
                jsonPath("$.teamId").value("billing"));

        version = accepted(tickets.command(id, "messages", AGENT, """
                {"visibility":"PUBLIC_REPLY","body":"Which address do you use?"}"""));
        tickets.awaitView(id, version, jsonPath("$.firstResponseAt").isNotEmpty(),
                jsonPath("$.conversation.length()").value(1),
                jsonPath("$.conversation[0].visibility").value("PUBLIC_REPLY"),
                jsonPath("$.conversation[0].authorKind").value("AGENT"),
                jsonPath("$.conversation[0].authorId").value("a-17"),
                jsonPath("$.conversation[0].body").value("Which address do you use?"));

        version = accepted(tickets.command(id, "await-customer", AGENT, "{\"reason\":\"asked for the address\"}"));
        tickets.awaitView(id, version, jsonPath("$.status").value("PENDING"));

        // the awaited answer resumes the ticket: MessageAdded and TicketResumed, two events
        version = accepted(tickets.command(id, "messages", REQUESTER, """
                {"visibility":"PUBLIC_REPLY","body":"bob@example.com, as always"}"""));
        tickets.awaitView(id, version, jsonPath("$.status").value("OPEN"),
                jsonPath("$.conversation.length()").value(2),
                jsonPath("$.conversation[1].authorKind").value("CUSTOMER"),
                jsonPath("$.conversation[1].visibility").value("PUBLIC_REPLY"));

        version = accepted(tickets.command(id, "resolve", AGENT, """
                {"resolutionCode":"SOLVED","note":"the address was on a block list"}"""));
        tickets.awaitView(id, version, jsonPath("$.status").value("RESOLVED"), jsonPath("$.resolutionCode").value("SOLVED"),
                jsonPath("$.resolvedAt").isNotEmpty());

        version = accepted(tickets.command(id, "satisfaction", REQUESTER, "{\"score\":5,\"comment\":\"quick\"}"));
        tickets.awaitView(id, version, jsonPath("$.satisfactionScore").value(5),
                jsonPath("$.satisfactionComment").value("quick"), jsonPath("$.status").value("RESOLVED"));

        version = accepted(tickets.command(id, "close", AGENT, null));
        tickets.awaitView(id, version, jsonPath("$.status").value("CLOSED"), jsonPath("$.closeReason").value("MANUAL"),
                jsonPath("$.closedAt").isNotEmpty(), jsonPath("$.conversation.length()").value(2));
    }

    @Test
    void internal_notes_are_in_the_conversation_with_their_visibility_and_do_not_open_the_ticket() throws Exception {
        String id = tickets.open();
        long version = accepted(tickets.command(id, "messages", AGENT, """
                {"visibility":"INTERNAL_NOTE","body":"Probably the spam filter again"}"""));
        tickets.awaitView(id, version, jsonPath("$.status").value("NEW"), jsonPath("$.firstResponseAt").doesNotExist(),
                jsonPath("$.conversation[0].visibility").value("INTERNAL_NOTE"),
                jsonPath("$.conversation[0].body").value("Probably the spam filter again"));

        // the requester never writes internal notes: who they are forbids it, so 403 naming the action
        problem(tickets.command(id, "messages", REQUESTER, "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"psst\"}"), 403)
                .andExpect(jsonPath("$.action").value("add an internal note"));
    }

    @Test
    void the_other_commands_reach_the_view() throws Exception {
        String id = tickets.open();
        accepted(tickets.command(id, "priority", AGENT, "{\"priority\":\"URGENT\",\"reason\":\"whole office affected\"}"));
        accepted(tickets.command(id, "categorize", AGENT, "{\"type\":\"INCIDENT\",\"category\":\"mail/delivery\",\"tags\":[\"mail\",\"login\"]}"));
        accepted(tickets.command(id, "tags", AGENT, "{\"add\":[\"vip\"],\"remove\":[\"login\"]}"));
        accepted(tickets.command(id, "escalate", AGENT, "{\"reason\":\"CEO cannot log in\"}"));
        accepted(tickets.command(id, "hold", AGENT, "{\"reason\":\"waiting on the mail provider\"}"));
        long version = accepted(tickets.command(id, "resume", AGENT, null));
        tickets.awaitView(id, version, jsonPath("$.status").value("OPEN"), jsonPath("$.priority").value("URGENT"),
                jsonPath("$.type").value("INCIDENT"), jsonPath("$.category").value("mail/delivery"),
                jsonPath("$.tags[0]").value("mail"), jsonPath("$.tags[1]").value("vip"),
                jsonPath("$.tags.length()").value(2), jsonPath("$.escalationLevel").value(1));

        accepted(tickets.command(id, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"mail\"}"));
        version = accepted(tickets.command(id, "unassign", AGENT, null));
        tickets.awaitView(id, version, jsonPath("$.assigneeId").doesNotExist(), jsonPath("$.teamId").value("mail"));

        accepted(tickets.command(id, "resolve", AGENT, "{\"resolutionCode\":\"WORKAROUND_PROVIDED\"}"));
        version = accepted(tickets.command(id, "reopen", AGENT, "{\"reason\":\"the workaround stopped working\"}"));
        tickets.awaitView(id, version, jsonPath("$.status").value("OPEN"), jsonPath("$.resolvedAt").doesNotExist());

        String target = tickets.open();
        version = accepted(tickets.command(id, "merge", AGENT, "{\"targetTicketId\":\"" + target + "\"}"));
        tickets.awaitView(id, version, jsonPath("$.status").value("CLOSED"), jsonPath("$.closeReason").value("MERGED"),
                jsonPath("$.mergedInto").value(target));
    }

    @Test
    void the_platform_escalates_on_an_sla_trigger_and_a_person_cannot_claim_one() throws Exception {
        String id = tickets.open();
        problem(tickets.command(id, "escalate", AGENT, "{\"reason\":\"feels late\",\"trigger\":\"SLA_BREACH\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("trigger"));

        long version = accepted(tickets.command(id, "escalate", "system:sla-service", """
                {"reason":"resolution overdue","trigger":"SLA_BREACH","targetTeamId":"escalations"}"""));
        tickets.awaitView(id, version, jsonPath("$.escalationLevel").value(1),
                jsonPath("$.escalationTrigger").value("SLA_BREACH"));
        version = accepted(tickets.command(id, "escalate", AGENT, "{\"reason\":\"customer called\"}"));
        tickets.awaitView(id, version, jsonPath("$.escalationLevel").value(2),
                jsonPath("$.escalationTrigger").value("MANUAL"));
    }

    @Test
    void a_move_the_lifecycle_forbids_is_a_409_problem_saying_why() throws Exception {
        String id = tickets.open();
        accepted(tickets.command(id, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"billing\"}"));
        problem(tickets.command(id, "close", AGENT, null), 409)
                .andExpect(jsonPath("$.detail").value(containsString("resolve it first")))
                .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void a_command_on_an_unknown_ticket_is_a_404_problem() throws Exception {
        String unknown = UUID.randomUUID().toString();
        problem(tickets.command(unknown, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"billing\"}"), 404)
                .andExpect(jsonPath("$.ticketId").value(unknown));
    }

    @Test
    void an_invalid_body_is_a_400_problem_naming_the_field() throws Exception {
        String id = tickets.open();
        problem(tickets.command(id, "assign", AGENT, "{\"agentId\":\" \",\"teamId\":\"billing\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("agentId"));
        problem(tickets.command(id, "resolve", AGENT, "{\"resolutionCode\":\"FIXED_BY_MAGIC\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("resolutionCode"));
        problem(tickets.command(id, "escalate", AGENT, "{\"reson\":\"typo\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("reson"));
        problem(tickets.command(id, "escalate", AGENT, "{\"reason\":\"late\",\"trigger\":\"SOON\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("trigger"));
        problem(tickets.command(id, "satisfaction", REQUESTER, "{\"score\":9}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        problem(tickets.command(id, "await-customer", AGENT, null), 400);
    }

    @Test
    void opening_rejects_unknown_fields_too() throws Exception {
        problem(mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(OPENING.replace("\"channel\"", "\"chanel\":\"WEB\",\"channel\""))), 400)
                .andExpect(jsonPath("$.errors[0].field").value("chanel"));
    }
}
