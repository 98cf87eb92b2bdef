package io.ticketflow.api.wire;

import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeHeadersTest {

    private static final Envelope<String> ENVELOPE = new Envelope<>(
            UUID.fromString("0b6c1c3e-4f0a-4a57-9d55-6d3c8f1d2a10"), "TicketOpened", 1,
            Instant.parse("2026-11-27T09:15:30Z"), "support-call-77", "acme", "ticket-key", "payload");

    @Test
    void every_header_of_the_contract_is_written_and_read_back() {
        Headers headers = EnvelopeHeaders.write(ENVELOPE);

        assertThat(text(headers, WireHeaders.EVENT_ID)).isEqualTo("0b6c1c3e-4f0a-4a57-9d55-6d3c8f1d2a10");
        assertThat(text(headers, WireHeaders.EVENT_TYPE)).isEqualTo("TicketOpened");
        assertThat(text(headers, WireHeaders.SCHEMA_REVISION)).isEqualTo("1");
        assertThat(text(headers, WireHeaders.OCCURRED_AT)).isEqualTo("2026-11-27T09:15:30Z");
        assertThat(text(headers, WireHeaders.CORRELATION_ID)).isEqualTo("support-call-77");
        assertThat(text(headers, WireHeaders.TENANT)).isEqualTo("acme");
        assertThat(EnvelopeHeaders.read(headers, "ticket-key", "payload")).isEqualTo(ENVELOPE);
    }

    @Test
    void optional_headers_are_left_out_when_absent() {
        var bare = new Envelope<>(ENVELOPE.eventId(), "TicketOpened", 1, ENVELOPE.occurredAt(), null, null, "k", "p");
        Headers headers = EnvelopeHeaders.write(bare);

        assertThat(headers.lastHeader(WireHeaders.CORRELATION_ID)).isNull();
        assertThat(headers.lastHeader(WireHeaders.TENANT)).isNull();
        assertThat(EnvelopeHeaders.read(headers, "k", "p")).isEqualTo(bare);
    }

    @Test
    void a_missing_or_malformed_required_header_is_named() {
        Headers missing = EnvelopeHeaders.write(ENVELOPE);
        missing.remove(WireHeaders.EVENT_ID);
        assertThatThrownBy(() -> EnvelopeHeaders.read(missing, "k", "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing header ticketflow-event-id");

        Headers malformed = EnvelopeHeaders.write(ENVELOPE);
        malformed.remove(WireHeaders.OCCURRED_AT);
        malformed.add(WireHeaders.OCCURRED_AT, "yesterday".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> EnvelopeHeaders.read(malformed, "k", "p"))
                .hasMessageContaining(WireHeaders.OCCURRED_AT).hasMessageContaining("yesterday");
    }

    private static String text(Headers headers, String name) {
        return EnvelopeHeaders.value(headers, name);
    }
}
