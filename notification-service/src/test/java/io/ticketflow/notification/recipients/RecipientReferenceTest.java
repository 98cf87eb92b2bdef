package io.ticketflow.notification.recipients;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientReferenceTest {

    @Test
    void requesters_are_named_by_ticket_and_agents_by_id() {
        UUID ticket = UUID.randomUUID();
        assertThat(RecipientReference.parse(RecipientReference.requester(ticket)))
                .contains(new RecipientReference(RecipientReference.Kind.REQUESTER, ticket.toString()));
        assertThat(RecipientReference.parse("agent:a-17"))
                .contains(new RecipientReference(RecipientReference.Kind.AGENT, "a-17"));
        assertThat(RecipientReference.parse("agent:a-17").orElseThrow()).hasToString("agent:a-17");
    }

    @Test
    void addresses_and_malformed_references_are_no_references() {
        assertThat(RecipientReference.parse("alice@example.com")).isEmpty();
        assertThat(RecipientReference.parse("requester:not-a-ticket")).isEmpty();
        assertThat(RecipientReference.parse("agent:")).isEmpty();
        assertThat(RecipientReference.parse("agent: a-17")).isEmpty();
        assertThat(RecipientReference.parse("webhook:" + UUID.randomUUID())).isEmpty();
        assertThat(RecipientReference.parse(null)).isEmpty();
    }

    @Test
    void contact_data_never_reaches_a_log_line_through_to_string() {
        assertThat(new Contact("alice@example.com", "Alice").toString()).doesNotContain("alice").doesNotContain("Alice");
        assertThat(new TicketRecipients(UUID.randomUUID(), new Contact("alice@example.com", "Alice"), "de",
                "My salary", "a-1", "t-1", "OPEN").toString())
                .doesNotContain("alice").doesNotContain("Alice").doesNotContain("salary");
    }
}
