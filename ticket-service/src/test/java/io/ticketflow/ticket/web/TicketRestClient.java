package io.ticketflow.ticket.web;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket API as integration tests drive it: open, send commands as someone, wait for the read model. Requests
 * that name no one are the default caller's, an agent ({@link Callers}).
 */
public final class TicketRestClient {

    public static final String AGENT = "agent:a-17";
    public static final String REQUESTER = "customer:c-42";
    public static final String OPENING = """
            {"subject":"Cannot log in","description":"Password reset mail never arrives",
             "requester":{"email":"bob@example.com","name":"Bob"},"type":"INQUIRY","channel":"EMAIL"}""";

    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final MockMvc mvc;

    public TicketRestClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Opens a ticket with {@link #OPENING} and answers its id. */
    public String open() throws Exception {
        return open(OPENING);
    }

    /** Opens a ticket with {@code body} and answers its id, after checking it was created. */
    public String open(String body) throws Exception {
        MvcResult created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn();
        Matcher matcher = TICKET_ID.matcher(created.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * POSTs {@code body} (may be null) to the ticket's {@code path} as {@code actor} (see {@link Callers}; null: the
     * default caller, an agent).
     */
    public ResultActions command(String ticketId, String path, String actor, String body) throws Exception {
        var request = post("/api/tickets/{id}/" + path, ticketId);
        if (actor != null) {
            request.with(Callers.as(actor));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    /** The version a command answered with, after checking it was accepted. */
    public static long accepted(ResultActions result) throws Exception {
        String body = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher matcher = VERSION.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The read model is eventually consistent: wait until it has folded in {@code version}, then check. */
    public void awaitView(String ticketId, long version, ResultMatcher... expectations) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> view(ticketId)
                .andExpect(jsonPath("$.version").value(version))
                .andExpectAll(expectations));
    }

    /** Waits until the ticket's view meets the expectations: for tickets this test did not just write to. */
    public void awaitView(String ticketId, ResultMatcher... expectations) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> view(ticketId).andExpectAll(expectations));
    }

    public ResultActions view(String ticketId) throws Exception {
        return mvc.perform(get("/api/tickets/{id}", ticketId)).andExpect(status().isOk());
    }

    public ResultActions history(String ticketId) throws Exception {
        return mvc.perform(get("/api/tickets/{id}/history", ticketId)).andExpect(status().isOk());
    }
}
