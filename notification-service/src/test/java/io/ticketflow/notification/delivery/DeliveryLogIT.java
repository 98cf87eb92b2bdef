package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.notification.NotificationFailed;
import io.ticketflow.api.notification.NotificationSent;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.notification.NotificationIntegrationTest;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The delivery log on the real database and topic: a redelivered event records nothing new, a claim is a lease
 * other workers skip, and the end of a delivery is published. Uses recipients of its own ({@code it:...}) that no
 * channel resolves, and claims rows itself rather than through a channel's worker.
 */
class DeliveryLogIT extends NotificationIntegrationTest {

    @Autowired
    DeliveryLog log;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DeliveryWorkers workers;

    /** The channels' own workers would take this test's rows (recipients no channel knows) away from it. */
    @BeforeEach
    void stopTheWorkers() {
        workers.stop();
    }

    @AfterEach
    void startTheWorkers() {
        workers.start();
    }

    @Test
    void the_same_event_channel_and_recipient_are_recorded_once() {
        UUID event = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        NewDelivery delivery = new NewDelivery(event, NotificationChannel.WEBHOOK, "it:" + event, ticket, "it-kind",
                Map.of("subject", "x"), Instant.now());

        inTransaction(() -> log.record(List.of(delivery), Instant.now()));
        inTransaction(() -> log.record(List.of(delivery, delivery), Instant.now()));

        assertThat(log.forTicket(ticket, 10)).singleElement().satisfies(record -> {
            assertThat(record.notificationId())
                    .isEqualTo(DeliveryLog.notificationId(event, NotificationChannel.WEBHOOK, "it:" + event));
            assertThat(record.status()).isEqualTo("PENDING");
        });
    }

    @Test
    void a_claimed_delivery_is_leased_and_its_end_is_published() throws Exception {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        NewDelivery first = new NewDelivery(UUID.randomUUID(), NotificationChannel.WEBHOOK, "it:first", ticket,
                "it-kind", Map.of(), now);
        NewDelivery second = new NewDelivery(UUID.randomUUID(), NotificationChannel.WEBHOOK, "it:second", ticket,
                "it-kind", Map.of(), now);
        inTransaction(() -> log.record(List.of(first, second), now));

        try (TopicProbe events = TopicProbe.subscribe(Topics.NOTIFICATION_EVENTS)) {
            TransactionTemplate transactions = new TransactionTemplate(transactionManager);
            // due rows of earlier tests may come along: keep only ours
            List<Delivery> claimed = transactions.execute(status -> log.claim(NotificationChannel.WEBHOOK,
                    now, now.plusSeconds(60), 1_000)).stream().filter(d -> ticket.equals(d.ticketId())).toList();
            assertThat(claimed).hasSize(2);
            // leased: not due again until the lease ends
            List<Delivery> again = transactions.execute(status -> log.claim(NotificationChannel.WEBHOOK,
                    now.plusSeconds(30), now.plusSeconds(90), 1_000));
            assertThat(again).noneMatch(d -> ticket.equals(d.ticketId()));

            Delivery sent = claimed.stream().filter(d -> d.recipient().equals("it:first")).findFirst().orElseThrow();
            Delivery failed = claimed.stream().filter(d -> d.recipient().equals("it:second")).findFirst().orElseThrow();
            transactions.executeWithoutResult(status -> {
                log.sent(sent, DeliveryChannel.Attempt.sent("200", 200), now.plusSeconds(1), 12);
                log.failed(failed, DeliveryChannel.Attempt.refused("address unknown"), now.plusSeconds(1), 3);
            });

            List<ConsumerRecord<String, byte[]>> published = events.awaitRecords(
                    r -> ticket.toString().equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(published).extracting(DeliveryLogIT::type)
                    .containsExactlyInAnyOrder("NotificationSent", "NotificationFailed");
            NotificationSent notificationSent = published.stream().filter(r -> type(r).equals("NotificationSent"))
                    .map(r -> JsonCodec.fromJson(r.value(), NotificationSent.class)).findFirst().orElseThrow();
            assertThat(notificationSent.notificationId()).isEqualTo(sent.notificationId());
            assertThat(notificationSent.recipientReference()).isEqualTo("it:first");
            NotificationFailed notificationFailed = published.stream().filter(r -> type(r).equals("NotificationFailed"))
                    .map(r -> JsonCodec.fromJson(r.value(), NotificationFailed.class)).findFirst().orElseThrow();
            assertThat(notificationFailed.reason()).isEqualTo("address unknown");
            assertThat(notificationFailed.attempts()).isEqualTo(1);
        }
        assertThat(log.attempts(DeliveryLog.notificationId(first.triggeringEventId(), NotificationChannel.WEBHOOK,
                "it:first"))).singleElement().satisfies(attempt -> assertThat(attempt.statusCode()).isEqualTo(200));

        mvc.perform(get("/api/notifications").param("ticketId", ticket.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications.length()").value(2))
                .andExpect(jsonPath("$.notifications[?(@.recipient == 'it:first')].status").value("SENT"))
                .andExpect(jsonPath("$.notifications[?(@.recipient == 'it:second')].status").value("FAILED"));
    }

    @Test
    void an_outcome_is_recorded_only_while_its_lease_holds() {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        NewDelivery one = new NewDelivery(UUID.randomUUID(), NotificationChannel.WEBHOOK, "it:lease", ticket,
                "it-kind", Map.of(), now);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        inTransaction(() -> log.record(List.of(one), now));
        Delivery first = transactions.execute(status -> log.claim(NotificationChannel.WEBHOOK, now,
                now.plusSeconds(120), 1_000)).stream().filter(d -> ticket.equals(d.ticketId())).findFirst().orElseThrow();
        // the first worker's send outlives its lease: a second worker takes the delivery over
        Delivery second = transactions.execute(status -> log.claim(NotificationChannel.WEBHOOK, now.plusSeconds(121),
                now.plusSeconds(241), 1_000)).stream().filter(d -> ticket.equals(d.ticketId())).findFirst().orElseThrow();

        Boolean secondRecorded = transactions.execute(status -> log.retryAt(second,
                DeliveryChannel.Attempt.retry("HTTP 503", 503), now.plusSeconds(122), 5, now.plusSeconds(132)));
        assertThat(secondRecorded).isTrue();
        // the first worker's late answer is dropped: nothing recorded twice, nothing published
        Boolean firstRecorded = transactions.execute(status -> log.sent(first,
                DeliveryChannel.Attempt.sent("HTTP 200", 200), now.plusSeconds(123), 9));
        assertThat(firstRecorded).isFalse();

        assertThat(log.forTicket(ticket, 10)).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo("PENDING");
            assertThat(record.attempts()).isEqualTo(1);
        });
        assertThat(log.attempts(second.notificationId())).singleElement()
                .satisfies(attempt -> assertThat(attempt.statusCode()).isEqualTo(503));
    }

    @Test
    void a_ticket_id_that_is_not_a_uuid_is_a_problem_naming_it() throws Exception {
        mvc.perform(get("/api/notifications").param("ticketId", "nope"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ticketId"));
        mvc.perform(get("/api/notifications"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ticketId"));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(WireHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
    }
}
