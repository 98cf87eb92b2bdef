package io.ticketflow.messaging;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonTest {

    @Test
    void the_reason_names_the_failure_not_the_listener_plumbing_around_it() {
        InvalidEnvelopeException invalid = new InvalidEnvelopeException("t-0@1: missing header ticketflow-event-id");
        Exception wrapped = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("batch failed", invalid, 3));

        assertThat(DeadLetterReason.of(wrapped)).isEqualTo("invalid envelope: t-0@1: missing header ticketflow-event-id");
    }

    @Test
    void an_unreadable_value_is_explained_by_the_deserializer_message() {
        DeserializationException unreadable = new DeserializationException("failed to deserialize", new byte[0], false,
                new SerializationException("unknown message type 'Bogus'"));

        assertThat(DeadLetterReason.of(new BatchListenerFailedException("x", unreadable, 0)))
                .isEqualTo("unreadable value: unknown message type 'Bogus'");
    }

    @Test
    void any_other_failure_is_named_by_its_type_and_message() {
        assertThat(DeadLetterReason.of(new IllegalStateException("projection refused it")))
                .isEqualTo("IllegalStateException: projection refused it");
    }

    @Test
    void the_kind_of_failure_for_the_log_leaves_the_message_out() {
        Exception wrapped = new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("could contain ada@example.org"));

        assertThat(DeadLetterReason.kind(wrapped)).isEqualTo("IllegalStateException");
    }

    @Test
    void a_very_long_reason_is_cut_to_a_header_sized_line() {
        assertThat(DeadLetterReason.of(new IllegalStateException("x".repeat(5000)))).hasSize(1000).endsWith("…");
    }
}
