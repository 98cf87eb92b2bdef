package io.ticketflow.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.notification.NotificationFailed;
import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.notification.NotificationIntegrationTest;
import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MvcResult;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end: events published on the real topics, deliveries recorded and sent by the running service to a
 * real HTTP receiver on 127.0.0.1 (allow-listed by the shared test configuration), signatures checked here with the
 * JDK's own HMAC. Each test posts to paths of its own and deletes its subscriptions, so other tests' events do not
 * reach its receiver paths.
 */
class WebhookIT extends NotificationIntegrationTest {

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final String SECRET = "it-secret-which-is-long-enough-for-hmac";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant STARTED = Instant.now();

    private static WebhookReceiver receiver;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    private final List<UUID> subscribed = new ArrayList<>();

    @BeforeAll
    static void receiver() throws Exception {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void unsubscribe() {
        subscribed.forEach(id -> jdbc.update("delete from webhook_subscription where subscription_id = ?", id));
    }

    @Test
    void events_are_posted_signed_to_the_subscriptions_whose_filter_takes_them() throws Exception {
        String filteredPath = path();
        String everythingPath = path();
        UUID filtered = subscribe(filteredPath, List.of("TicketAssigned", "SlaBreached"), SECRET);
        MvcResult created = mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("targetUrl", receiver.url(everythingPath)))))
                .andExpect(status().isCreated()).andReturn();
        JsonNode everything = JSON.readTree(created.getResponse().getContentAsByteArray());
        subscribed.add(UUID.fromString(everything.get("id").asText()));
        String generatedSecret = everything.get("secret").asText();
        UUID ticket = UUID.randomUUID();

        Envelope<Object> opened = publish(Topics.TICKET_EVENTS, opened(ticket));
        Envelope<Object> assigned = publish(Topics.TICKET_EVENTS, new TicketAssigned(ticket, "a-1", "team-1", "it",
                Actor.system("routing-service"), Instant.now()));
        Envelope<Object> breached = publish(Topics.SLA_EVENTS, new SlaBreached(ticket, UUID.randomUUID(),
                SlaTarget.FIRST_RESPONSE, Instant.now(), Instant.now()));

        await().atMost(PATIENCE).until(() -> receiver.at(everythingPath).size() >= 3
                && receiver.at(filteredPath).size() >= 2);
        for (WebhookReceiver.Received request : receiver.at(filteredPath)) {
            assertSigned(request, SECRET);
        }
        for (WebhookReceiver.Received request : receiver.at(everythingPath)) {
            assertSigned(request, generatedSecret);
        }
        assertThat(receiver.at(filteredPath)).extracting(request -> request.header("Ticketflow-Event-Id"))
                .containsExactlyInAnyOrder(assigned.eventId().toString(), breached.eventId().toString());
        assertThat(receiver.at(everythingPath)).extracting(request -> request.header("Ticketflow-Event-Id"))
                .containsExactlyInAnyOrder(opened.eventId().toString(), assigned.eventId().toString(),
                        breached.eventId().toString());

        JsonNode openedBody = body(receiver.at(everythingPath).stream()
                .filter(r -> r.header("Ticketflow-Event-Id").equals(opened.eventId().toString())).findFirst()
                .orElseThrow());
        assertThat(openedBody.get("eventType").asText()).isEqualTo("TicketOpened");
        assertThat(openedBody.get("schemaRevision").asInt()).isEqualTo(1);
        assertThat(openedBody.get("ticketId").asText()).isEqualTo(ticket.toString());
        assertThat(Instant.parse(openedBody.get("occurredAt").asText())).isEqualTo(opened.occurredAt());
        assertThat(JSON.treeToValue(openedBody.get("payload"), TicketOpened.class)).isEqualTo(opened.payload());
        assertThat(receiver.at(everythingPath)).allSatisfy(request -> assertThat(request.header("Ticketflow-Delivery-Id"))
                .isEqualTo(DeliveryLog.notificationId(UUID.fromString(request.header("Ticketflow-Event-Id")),
                        NotificationChannel.WEBHOOK, "webhook:" + everything.get("id").asText()).toString()));

        // TicketOpened was consumed before TicketAssigned (one partition, in order): the filter refused it
        mvc.perform(get("/api/webhooks/{id}/deliveries", filtered))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries.length()").value(2))
                .andExpect(jsonPath("$.deliveries[?(@.eventType == 'TicketOpened')]").isEmpty());
    }

    @Test
    void a_failing_receiver_is_retried_until_it_answers_and_every_attempt_is_listed() throws Exception {
        String path = path();
        receiver.answer(path, 200, 500, 503);
        UUID subscription = subscribe(path, List.of(), SECRET);

        Envelope<Object> opened = publish(Topics.TICKET_EVENTS, opened(UUID.randomUUID()));

        await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(get("/api/webhooks/{id}/deliveries", subscription))
                .andExpect(jsonPath("$.deliveries[0].status").value("SENT")));
        mvc.perform(get("/api/webhooks/{id}/deliveries", subscription))
                .andExpect(jsonPath("$.deliveries.length()").value(1))
                .andExpect(jsonPath("$.deliveries[0].eventId").value(opened.eventId().toString()))
                .andExpect(jsonPath("$.deliveries[0].attempts[*].outcome").value(
                        org.hamcrest.Matchers.contains("RETRY", "RETRY", "SENT")))
                .andExpect(jsonPath("$.deliveries[0].attempts[*].statusCode").value(
                        org.hamcrest.Matchers.contains(500, 503, 200)));
        assertThat(receiver.at(path)).hasSize(3).allSatisfy(request -> {
            assertSigned(request, SECRET);
            assertThat(request.header("Ticketflow-Event-Id")).isEqualTo(opened.eventId().toString());
        });
        mvc.perform(get("/api/webhooks/{id}", subscription))
                .andExpect(jsonPath("$.health").value("HEALTHY"))
                .andExpect(jsonPath("$.lastFailure").value("HTTP 503"))
                .andExpect(jsonPath("$.lastFailureAt").isNotEmpty());
    }

    @Test
    void a_receiver_that_keeps_failing_is_dead_lettered_and_its_subscription_unhealthy_until_replaced()
            throws Exception {
        String path = path();
        String witnessPath = path();
        receiver.answer(path, 500);
        UUID subscription = subscribe(path, List.of("TicketOpened"), SECRET);
        subscribe(witnessPath, List.of("TicketOpened"), SECRET);
        UUID ticket = UUID.randomUUID();

        try (TopicProbe notifications = TopicProbe.subscribe(Topics.NOTIFICATION_EVENTS)) {
            Envelope<Object> first = publish(Topics.TICKET_EVENTS, opened(ticket));

            ConsumerRecord<String, byte[]> failed = notifications.awaitRecords(record -> ticket.toString()
                    .equals(record.key()) && "NotificationFailed".equals(type(record)), 1, PATIENCE).get(0);
            NotificationFailed deadLetter = JsonCodec.fromJson(failed.value(), NotificationFailed.class);
            assertThat(deadLetter.recipientReference()).isEqualTo("webhook:" + subscription);
            assertThat(deadLetter.triggeringEventId()).isEqualTo(first.eventId());
            assertThat(deadLetter.reason()).isEqualTo("HTTP 500");
            assertThat(deadLetter.attempts()).isGreaterThan(1);
        }
        mvc.perform(get("/api/webhooks/{id}", subscription))
                .andExpect(jsonPath("$.health").value("UNHEALTHY"))
                .andExpect(jsonPath("$.unhealthySince").isNotEmpty());
        mvc.perform(get("/api/webhooks/{id}/deliveries", subscription))
                .andExpect(jsonPath("$.deliveries[0].status").value("FAILED"))
                .andExpect(jsonPath("$.deliveries[0].attempts[*].outcome").value(
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RETRY"))));
        int failedPosts = receiver.at(path).size();

        // unhealthy: the next event reaches the witness, not the subscription
        UUID second = publish(Topics.TICKET_EVENTS, opened(UUID.randomUUID())).eventId();
        await().atMost(PATIENCE).until(() -> eventIds(witnessPath).contains(second.toString()));
        mvc.perform(get("/api/webhooks/{id}/deliveries", subscription))
                .andExpect(jsonPath("$.deliveries.length()").value(1));

        // the receiver is fixed and the subscription replaced (secret kept): healthy, and delivered to again
        receiver.answer(path, 200);
        mvc.perform(put("/api/webhooks/{id}", subscription).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("targetUrl", receiver.url(path), "eventTypes", List.of("TicketOpened")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.health").value("HEALTHY"))
                .andExpect(jsonPath("$.secret").doesNotExist());
        UUID third = publish(Topics.TICKET_EVENTS, opened(UUID.randomUUID())).eventId();
        await().atMost(PATIENCE).until(() -> eventIds(path).contains(third.toString()));
        assertThat(receiver.at(path)).hasSize(failedPosts + 1);
        assertSigned(receiver.at(path).get(failedPosts), SECRET);
    }

    @Test
    void private_targets_are_refused_when_subscribing() throws Exception {
        for (String target : List.of("http://127.0.0.2:8080/hook", "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://0.0.0.0/hook",
                "https://192.168.1.10/hook")) {
            mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                            .content(json(Map.of("targetUrl", target, "secret", SECRET))))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.errors[0].field").value("targetUrl"))
                    .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.startsWith("is refused")));
        }
    }

    @Test
    void a_target_that_became_internal_after_subscribing_is_refused_when_sending() throws Exception {
        // as if its DNS now answered a loopback address: stored without the API's check
        UUID subscription = UUID.randomUUID();
        subscribed.add(subscription);
        jdbc.update("""
                insert into webhook_subscription (subscription_id, target_url, event_types, secret, health, created_at,
                                                  updated_at)
                values (?, ?, '{}', ?, 'HEALTHY', now(), now())""", subscription, "http://127.0.0.2:9/rebound", SECRET);

        publish(Topics.TICKET_EVENTS, opened(UUID.randomUUID()));

        await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(get("/api/webhooks/{id}", subscription))
                .andExpect(jsonPath("$.health").value("UNHEALTHY")));
        mvc.perform(get("/api/webhooks/{id}/deliveries", subscription))
                .andExpect(jsonPath("$.deliveries[0].status").value("FAILED"))
                .andExpect(jsonPath("$.deliveries[0].attempts.length()").value(1))
                .andExpect(jsonPath("$.deliveries[0].attempts[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.deliveries[0].attempts[0].detail")
                        .value("target refused: its host resolves to a loopback address"));
    }

    @Test
    void a_redelivered_event_is_posted_once() throws Exception {
        String path = path();
        subscribe(path, List.of(), SECRET);
        UUID ticket = UUID.randomUUID();

        Envelope<Object> opened = publish(Topics.TICKET_EVENTS, opened(ticket));
        send(Topics.TICKET_EVENTS, opened);
        // consumed after both copies (same ticket, same partition): once it is posted, so is anything before it
        Envelope<Object> assigned = publish(Topics.TICKET_EVENTS, new TicketAssigned(ticket, "a-1", "team-1", "it",
                Actor.system("routing-service"), Instant.now()));

        await().atMost(PATIENCE).until(() -> eventIds(path).contains(assigned.eventId().toString()));
        await().atMost(PATIENCE).until(() -> eventIds(path).contains(opened.eventId().toString()));
        assertThat(eventIds(path)).containsExactlyInAnyOrder(opened.eventId().toString(),
                assigned.eventId().toString());
    }

    @Test
    void subscriptions_are_created_read_replaced_and_deleted_and_never_show_their_secret() throws Exception {
        MvcResult created = mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("targetUrl", receiver.url(path()), "eventTypes", List.of("SlaBreached"),
                                "description", "pager"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.hasLength(64)))
                .andExpect(jsonPath("$.health").value("HEALTHY"))
                .andReturn();
        String id = JSON.readTree(created.getResponse().getContentAsByteArray()).get("id").asText();
        subscribed.add(UUID.fromString(id));
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/webhooks/" + id);

        mvc.perform(get("/api/webhooks/{id}", id))
                .andExpect(jsonPath("$.eventTypes[0]").value("SlaBreached"))
                .andExpect(jsonPath("$.description").value("pager"))
                .andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(get("/api/webhooks"))
                .andExpect(jsonPath("$.webhooks[?(@.id == '" + id + "')]").isNotEmpty())
                .andExpect(jsonPath("$.webhooks[*].secret").isEmpty());
        mvc.perform(put("/api/webhooks/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("targetUrl", receiver.url(path()), "secret", SECRET))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventTypes").isEmpty())
                .andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(delete("/api/webhooks/{id}", id)).andExpect(status().isNoContent());
        mvc.perform(get("/api/webhooks/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void bad_requests_are_problems_naming_the_field_and_unknown_ids_are_not_found() throws Exception {
        String target = receiver.url(path());
        Map<String, Map<String, Object>> cases = Map.of(
                "targetUrl", Map.of("targetUrl", "ftp://127.0.0.1/hook"),
                "eventTypes", Map.of("targetUrl", target, "eventTypes", List.of("AssignTicket")),
                "secret", Map.of("targetUrl", target, "secret", "too-short"));
        for (Map.Entry<String, Map<String, Object>> bad : cases.entrySet()) {
            mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON).content(json(bad.getValue())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
        }
        for (String notAUrl : List.of("not a url", "", "http:opaque", "http://user:pw@127.0.0.1/hook")) {
            mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                            .content(json(Map.of("targetUrl", notAUrl))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("targetUrl"));
        }
        // JSON that does not fit the request's shape names the field too
        mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetUrl\":\"" + target + "\",\"eventTypes\":{\"a\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON).content("{\"targetUrl\":"))
                .andExpect(status().isBadRequest());
        UUID unknown = UUID.randomUUID();
        mvc.perform(get("/api/webhooks/{id}", unknown)).andExpect(status().isNotFound());
        mvc.perform(get("/api/webhooks/{id}/deliveries", unknown)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/webhooks/{id}", unknown)).andExpect(status().isNotFound());
        mvc.perform(put("/api/webhooks/{id}", unknown).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("targetUrl", target)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/webhooks/{id}", "nope")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    private static void assertSigned(WebhookReceiver.Received request, String secret) throws Exception {
        String timestamp = request.header("Ticketflow-Timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = ("v1=" + HexFormat.of().formatHex(mac.doFinal(request.body())))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(MessageDigest.isEqual(expected, request.header("Ticketflow-Signature")
                .getBytes(StandardCharsets.UTF_8))).as("signature verifies").isTrue();
        // what a receiver's replay check reads: the instant of sending, in epoch seconds
        assertThat(Long.parseLong(timestamp)).isBetween(STARTED.getEpochSecond(), Instant.now().getEpochSecond());
        assertThat(body(request).get("eventId").asText()).isEqualTo(request.header("Ticketflow-Event-Id"));
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }

    private List<String> eventIds(String path) {
        return receiver.at(path).stream().map(request -> request.header("Ticketflow-Event-Id")).toList();
    }

    private UUID subscribe(String path, List<String> eventTypes, String secret) throws Exception {
        MvcResult result = mvc.perform(post("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("targetUrl", receiver.url(path), "eventTypes", eventTypes,
                                "secret", secret))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn();
        UUID id = UUID.fromString(JSON.readTree(result.getResponse().getContentAsByteArray()).get("id").asText());
        subscribed.add(id);
        return id;
    }

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }

    private static TicketOpened opened(UUID ticket) {
        return new TicketOpened(ticket, "Printer on fire", "It smokes",
                new Requester("alice@example.com", "Alice", "org-it"), TicketType.INCIDENT, Priority.HIGH,
                Channel.WEB, List.of(), Map.of(), Actor.customer("alice"), Instant.now());
    }

    /** Publishes an event under a fresh event id, keyed by its ticket, as its producing service would. */
    private Envelope<Object> publish(String topic, Object event) {
        MessageType type = MessageCatalog.of(event.getClass());
        String ticket = (event instanceof TicketEvent ticketEvent ? ticketEvent.ticketId()
                : ((SlaEvent) event).ticketId()).toString();
        Envelope<Object> envelope = new Envelope<>(UUID.randomUUID(), type.name(), type.revision(), Instant.now(),
                "it-" + ticket, "default", ticket, event);
        send(topic, envelope);
        return envelope;
    }

    private void send(String topic, Envelope<Object> envelope) {
        kafka.send(EnvelopeRecords.toProducerRecord(topic, envelope)).join();
    }

    private static JsonNode body(WebhookReceiver.Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("the body is not JSON", e);
        }
    }

    private static String json(Object body) throws Exception {
        return JSON.writeValueAsString(body);
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(WireHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
    }
}
