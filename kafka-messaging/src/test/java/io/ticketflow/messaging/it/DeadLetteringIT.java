package io.ticketflow.messaging.it;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.ticketflow.api.wire.EnvelopeHeaders.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetteringIT extends ConsumerIntegrationTest {

    /** Tags each poison record, so the test finds its own among whatever else reaches the shared DLT. */
    private static final String CASE = "test-case";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Stands for a person's bearer token that a sender put on a record: it must never reach a DLT. */
    private static final String SOMEONES_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

    private static KafkaProducer<String, byte[]> rawProducer;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        MessagingTestApplication.register(registry, DeadLetteringIT.class);
    }

    @BeforeAll
    static void openRawProducer() {
        rawProducer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        rawProducer.close();
    }

    @Test
    void poison_records_are_dead_lettered_with_a_reason_and_the_partition_keeps_flowing() throws Exception {
        String run = UUID.randomUUID().toString();
        UUID ticket = UUID.randomUUID();
        int partition = sendRaw(run + "/bad-json", ticket, headers -> {
            add(headers, WireHeaders.EVENT_TYPE, "TicketOpened");
            add(headers, WireHeaders.AUTHORIZATION, "Bearer " + SOMEONES_TOKEN);
        }, "{\"ticketId\": ".getBytes(StandardCharsets.UTF_8));
        sendRaw(run + "/unknown-type", ticket, headers -> add(headers, WireHeaders.EVENT_TYPE, "TicketTeleported"),
                "{}".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, Object> withoutEventId = TicketEventRecords.ticketOpened(UUID.randomUUID(), ticket);
        withoutEventId.headers().remove(WireHeaders.EVENT_ID);
        add(withoutEventId.headers(), CASE, run + "/no-event-id");
        kafka.send(withoutEventId).get();
        UUID good = UUID.randomUUID();
        kafka.send(TicketEventRecords.ticketOpened(good, ticket)).get();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handled(good)).isEqualTo(1));
        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.TICKET_EVENTS))) {
            assertDeadLettered(deadLetters, run + "/bad-json", partition, "unreadable value: unreadable TicketOpened");
            assertDeadLettered(deadLetters, run + "/unknown-type", partition,
                    "unreadable value: unknown message type 'TicketTeleported'");
            assertDeadLettered(deadLetters, run + "/no-event-id", partition,
                    "invalid envelope: ticketflow.ticket-events-" + partition + "@");
        }
    }

    @Test
    void an_event_the_projection_keeps_refusing_is_dead_lettered_after_retries_and_the_partition_keeps_flowing()
            throws Exception {
        String testCase = UUID.randomUUID() + "/refused";
        UUID refusedEvent = UUID.randomUUID();
        ProducerRecord<String, Object> refused =
                TicketEventRecords.ticketOpened(refusedEvent, UUID.fromString(MessagingTestApplication.REFUSED_TICKET));
        add(refused.headers(), CASE, testCase);
        int partition = kafka.send(refused).get().getRecordMetadata().partition();
        UUID after = UUID.randomUUID();
        ProducerRecord<String, Object> next = TicketEventRecords.ticketOpened(after, UUID.randomUUID());
        kafka.send(new ProducerRecord<>(next.topic(), partition, next.key(), next.value(), next.headers())).get();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handled(after)).isEqualTo(1));
        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.TICKET_EVENTS))) {
            assertDeadLettered(deadLetters, testCase, partition,
                    "IllegalStateException: the test projection refuses ticket");
        }
        assertThat(handled(refusedEvent)).as("the refused event's writes were rolled back").isZero();
    }

    private void assertDeadLettered(TopicProbe deadLetters, String testCase, int partition, String reasonStart) {
        var records = deadLetters.awaitRecords(record -> testCase.equals(value(record.headers(), CASE)), 1, PATIENCE);
        var record = records.get(0);
        assertThat(record.partition()).as("dead letter keeps the partition").isEqualTo(partition);
        assertThat(value(record.headers(), WireHeaders.DLT_REASON)).startsWith(reasonStart);
        assertThat(value(record.headers(), WireHeaders.EVENT_TYPE)).as("the original headers are kept").isNotNull();
        assertThat(record.headers().headers(WireHeaders.AUTHORIZATION)).as("but never a token").isEmpty();
        assertThat(record.headers().toArray()).noneSatisfy(header -> assertThat(
                new String(header.value(), StandardCharsets.UTF_8)).contains(SOMEONES_TOKEN));
    }

    private int handled(UUID eventId) {
        return jdbc.queryForObject("select count(*) from handled_event where event_id = ?", Integer.class, eventId);
    }

    /** A record with every header but the one the case is about, and a body no serializer would write. */
    private static int sendRaw(String testCase, UUID ticket, Consumer<Headers> type, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKET_EVENTS, ticket.toString(), value);
        add(record.headers(), WireHeaders.EVENT_ID, UUID.randomUUID().toString());
        type.accept(record.headers());
        add(record.headers(), WireHeaders.SCHEMA_REVISION, "1");
        add(record.headers(), WireHeaders.OCCURRED_AT, "2026-03-01T09:00:00Z");
        add(record.headers(), CASE, testCase);
        return rawProducer.send(record).get().partition();
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
