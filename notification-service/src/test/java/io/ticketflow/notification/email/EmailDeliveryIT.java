package io.ticketflow.notification.email;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.notification.NotificationFailed;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.notification.delivery.DeliveryRecord;
import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each mail once, and on record: a redelivered event sends nothing new, a 4xx reply is retried until the server
 * accepts, a 5xx reply fails the delivery for good and says so on the notification topic, an opt-out is respected.
 */
class EmailDeliveryIT extends EmailIntegrationTest {

    @Autowired
    DeliveryLog log;

    @Test
    void an_event_delivered_twice_sends_one_mail() {
        UUID ticket = UUID.randomUUID();
        String requester = address("requester");
        Envelope<Object> opened = ticketEvent(ticket, opened(ticket, requester, Map.of()));
        publish(Topics.TICKET_EVENTS, opened);
        // a later event of the same ticket (same partition): once its mail is out, both copies were consumed
        ticketEvent(ticket, new TicketAwaitingCustomer(ticket, "the model number", Actor.agent("a-1"), Instant.now()));

        awaitMail(requester, "Waiting for you");

        assertThat(smtp.mailsTo(requester)).extracting(EmailIntegrationTest::subject)
                .filteredOn(subject -> !subject.contains("Waiting for you")).hasSize(1);
        assertThat(log.forTicket(ticket, 10)).extracting(DeliveryRecord::kind)
                .containsExactly("ticket-opened", "awaiting-customer");
    }

    @Test
    void a_temporary_smtp_refusal_is_retried_until_the_mail_is_accepted() {
        UUID ticket = UUID.randomUUID();
        String requester = address("greylisted");
        smtp.replyThenAccept(requester, 451);

        ticketEvent(ticket, opened(ticket, requester, Map.of()));

        awaitMails(requester, 1);
        UUID notification = DeliveryLog.notificationId(log.forTicket(ticket, 1).get(0).triggeringEventId(),
                NotificationChannel.EMAIL, RecipientReference.requester(ticket));
        List<DeliveryRecord.AttemptRecord> attempts = Awaitility.await().atMost(PATIENCE)
                .until(() -> log.attempts(notification), list -> list.size() == 2);
        assertThat(attempts).extracting(DeliveryRecord.AttemptRecord::outcome).containsExactly("RETRY", "SENT");
        assertThat(attempts.get(0).statusCode()).isEqualTo(451);
        assertThat(log.forTicket(ticket, 1).get(0).status()).isEqualTo("SENT");
    }

    @Test
    void a_permanent_smtp_refusal_fails_the_delivery_and_publishes_notification_failed() {
        UUID ticket = UUID.randomUUID();
        String requester = address("unknown-mailbox");
        smtp.alwaysReply(requester, 550);

        try (TopicProbe events = TopicProbe.subscribe(Topics.NOTIFICATION_EVENTS)) {
            ticketEvent(ticket, opened(ticket, requester, Map.of()));

            ConsumerRecord<String, byte[]> record = events.awaitRecords(r -> ticket.toString().equals(r.key())
                    && "NotificationFailed".equals(type(r)), 1, Duration.ofSeconds(60)).get(0);
            NotificationFailed failed = JsonCodec.fromJson(record.value(), NotificationFailed.class);
            assertThat(failed.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(failed.recipientReference()).isEqualTo(RecipientReference.requester(ticket));
            assertThat(failed.kind()).isEqualTo("ticket-opened");
            assertThat(failed.reason()).isEqualTo("SMTP 550");
            assertThat(failed.attempts()).isEqualTo(1);
        }
        assertThat(smtp.mailsTo(requester)).isEmpty();
        assertThat(log.forTicket(ticket, 1).get(0).status()).isEqualTo("FAILED");
    }

    @Test
    void a_recipient_who_opted_out_of_a_kind_does_not_get_it() throws Exception {
        UUID ticket = UUID.randomUUID();
        String requester = address("requester");
        String reference = RecipientReference.requester(ticket);
        mvc.perform(put("/api/notifications/preferences/" + reference).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optedOut\": [\"ticket-resolved\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optedOut[0]").value("ticket-resolved"));

        ticketEvent(ticket, opened(ticket, requester, Map.of()));
        ticketEvent(ticket, new TicketResolved(ticket, ResolutionCode.SOLVED, null, Actor.agent("a-1"), Instant.now()));
        ticketEvent(ticket, new TicketReopened(ticket, "not fixed after all", Actor.agent("a-1"), Instant.now()));

        awaitMail(requester, "Reopened");
        assertThat(smtp.mailsTo(requester)).extracting(EmailIntegrationTest::subject)
                .noneMatch(subject -> subject.contains("Resolved"));
        assertThat(log.forTicket(ticket, 10)).extracting(DeliveryRecord::kind)
                .containsExactly("ticket-opened", "ticket-reopened");
        mvc.perform(get("/api/notifications/preferences/" + reference))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value(reference))
                .andExpect(jsonPath("$.optedOut.length()").value(1));
    }

    @Test
    void a_requesters_opt_out_made_on_one_ticket_holds_for_their_next_ticket() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String requester = address("requester");
        ticketEvent(first, opened(first, requester, Map.of()));
        awaitMail(requester, "");
        mvc.perform(put("/api/notifications/preferences/" + RecipientReference.requester(first))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"optedOut\": [\"ticket-resolved\"]}"))
                .andExpect(status().isOk());

        // the same person opens another ticket, which is resolved and reopened
        ticketEvent(second, opened(second, requester, Map.of()));
        ticketEvent(second, new TicketResolved(second, ResolutionCode.SOLVED, null, Actor.agent("a-1"), Instant.now()));
        ticketEvent(second, new TicketReopened(second, "not fixed after all", Actor.agent("a-1"), Instant.now()));

        awaitMail(requester, "Reopened");
        assertThat(log.forTicket(second, 10)).extracting(DeliveryRecord::kind)
                .containsExactly("ticket-opened", "ticket-reopened");
        mvc.perform(get("/api/notifications/preferences/" + RecipientReference.requester(second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optedOut[0]").value("ticket-resolved"));
    }

    @Test
    void unknown_kinds_and_recipients_are_problems_naming_the_field() throws Exception {
        mvc.perform(put("/api/notifications/preferences/agent:a-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optedOut\": [\"ticket-reopened\", \"newsletter\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("optedOut"));
        mvc.perform(put("/api/notifications/preferences/agent:a-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("optedOut"));
        mvc.perform(get("/api/notifications/preferences/someone@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
        mvc.perform(get("/api/notifications/preferences/requester:not-a-ticket"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(WireHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
    }
}
