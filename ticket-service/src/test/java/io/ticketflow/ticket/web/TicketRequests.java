package io.ticketflow.ticket.web;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the REST integration tests do over and over. */
final class TicketRequests {

    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private TicketRequests() {
    }

    /** Opens a ticket with {@code body} and answers its id, after checking it was created. */
    static String open(MockMvc mvc, String body) throws Exception {
        String created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = TICKET_ID.matcher(created);
        assertThat(matcher.find()).as(created).isTrue();
        return matcher.group(1);
    }

    /** Expects a problem+json answer with that status; chain what it must name. */
    static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
