package io.ticketflow.api.wire;

import io.ticketflow.api.ContractFiles;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketEscalated;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Kafka serializer and deserializer, used exactly as a producer and a consumer use them. */
class TicketflowSerdeTest {

    private static final String TOPIC = Topics.TICKET_EVENTS;

    private final Serializer<Object> serializer = new TicketflowSerializer();
    private final Deserializer<Object> deserializer = new TicketflowDeserializer();

    private final SatisfactionRated rating = new SatisfactionRated(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            4, "fine", Actor.customer("acme-1042"), Instant.parse("2026-11-27T09:15:30Z"));

    static Collection<MessageType> messageTypes() {
        return MessageCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void every_message_round_trips_through_kafka_serde(MessageType type) {
        Object message = JsonCodec.fromJson(
                ContractFiles.requireGoldenExample(type).getBytes(StandardCharsets.UTF_8), type.javaType());
        Headers headers = new RecordHeaders();

        byte[] value = serializer.serialize(type.topic(), headers, message);

        assertThat(EnvelopeHeaders.value(headers, WireHeaders.EVENT_TYPE)).isEqualTo(type.name());
        assertThat(deserializer.deserialize(type.topic(), headers, value)).isEqualTo(message);
    }

    @Test
    void the_type_header_is_the_logical_name_and_no_header_names_a_java_class() {
        Headers headers = new RecordHeaders();

        serializer.serialize(TOPIC, headers, rating);

        assertThat(EnvelopeHeaders.value(headers, WireHeaders.EVENT_TYPE)).isEqualTo("SatisfactionRated");
        assertThat(headers.toArray()).extracting(header -> new String(header.value(), StandardCharsets.UTF_8))
                .noneMatch(value -> value.contains("io.ticketflow"));
    }

    @Test
    void the_schema_revision_header_carries_the_catalogued_revision() {
        Headers headers = new RecordHeaders();

        serializer.serialize(TOPIC, headers, rating);

        assertThat(EnvelopeHeaders.value(headers, WireHeaders.SCHEMA_REVISION))
                .isEqualTo(Integer.toString(MessageCatalog.of(SatisfactionRated.class).revision()));
    }

    @Test
    void type_headers_copied_from_another_message_are_replaced_not_kept() {
        Headers headers = new RecordHeaders();
        headers.add(WireHeaders.EVENT_TYPE, "TicketOpened".getBytes(StandardCharsets.UTF_8));
        headers.add(WireHeaders.SCHEMA_REVISION, "7".getBytes(StandardCharsets.UTF_8));

        serializer.serialize(TOPIC, headers, rating);

        assertThat(headers.headers(WireHeaders.EVENT_TYPE)).hasSize(1);
        assertThat(EnvelopeHeaders.value(headers, WireHeaders.EVENT_TYPE)).isEqualTo("SatisfactionRated");
        assertThat(EnvelopeHeaders.value(headers, WireHeaders.SCHEMA_REVISION)).isEqualTo("1");
    }

    @Test
    void a_record_written_at_an_older_revision_is_read_at_the_current_one() {
        Headers headers = headersWithType("TicketEscalated");
        headers.add(WireHeaders.SCHEMA_REVISION, "1".getBytes(StandardCharsets.UTF_8));
        byte[] revision1 = ContractFiles.resource("/golden/TicketEscalated.rev1.json").orElseThrow()
                .getBytes(StandardCharsets.UTF_8);

        Object read = deserializer.deserialize(TOPIC, headers, revision1);

        assertThat(read).isInstanceOfSatisfying(TicketEscalated.class, escalated -> {
            assertThat(escalated.trigger()).isEqualTo(EscalationTrigger.MANUAL);
            assertThat(escalated.targetTeamId()).isNull();
        });
    }

    @Test
    void headers_the_producer_set_are_left_alone() {
        Headers headers = new RecordHeaders();
        headers.add(WireHeaders.CORRELATION_ID, "req-42".getBytes(StandardCharsets.UTF_8));

        serializer.serialize(TOPIC, headers, rating);

        assertThat(EnvelopeHeaders.value(headers, WireHeaders.CORRELATION_ID)).isEqualTo("req-42");
    }

    @Test
    void an_object_that_is_not_a_ticketflow_message_is_refused() {
        assertThatThrownBy(() -> serializer.serialize(TOPIC, new RecordHeaders(), "just a string"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Ticketflow message");
    }

    @Test
    void an_unknown_type_is_rejected_with_the_type_in_the_reason() {
        Headers headers = headersWithType("TicketTeleported");

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headers, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown message type 'TicketTeleported'");
    }

    @Test
    void a_missing_type_header_is_rejected_with_the_header_name_in_the_reason() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new RecordHeaders(),
                "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("missing header " + WireHeaders.EVENT_TYPE);
    }

    @Test
    void a_value_read_without_headers_is_rejected() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(WireHeaders.EVENT_TYPE);
    }

    @Test
    void malformed_json_is_rejected_with_the_parser_reason() {
        Headers headers = headersWithType("SatisfactionRated");

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headers,
                "{\"ticketId\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("unreadable SatisfactionRated: ");
    }

    @Test
    void a_value_that_breaks_a_record_rule_is_rejected_with_the_rule_in_the_reason() {
        Headers headers = headersWithType("SatisfactionRated");
        byte[] value = """
                {"ticketId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "score": 9,
                 "ratedBy": {"kind": "CUSTOMER", "id": "acme-1042"}, "ratedAt": "2026-11-27T09:15:30Z"}"""
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headers, value))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("score must be 1 to 5, was 9");
    }

    @Test
    void an_empty_value_is_rejected() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headersWithType("SatisfactionRated"), (byte[]) null))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("empty value for SatisfactionRated");
    }

    private static Headers headersWithType(String type) {
        Header header = new RecordHeader(
                WireHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        return new RecordHeaders(new Header[] {header});
    }
}
