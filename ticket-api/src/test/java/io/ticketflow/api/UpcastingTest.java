package io.ticketflow.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Upcasting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A raised revision keeps a golden example of every older one ({@code <Name>.rev<N>.json}), and its upcast
 * turns that example into a valid message of the current revision: what the event store and the topics
 * still hold stays readable.
 */
class UpcastingTest {

    private static final MessageType ESCALATED = MessageCatalog.of(TicketEscalated.class);

    /** (message type, older revision) for every revision below a message's current one. */
    static Stream<Arguments> olderRevisions() {
        return MessageCatalog.all().stream().flatMap(type -> IntStream.range(1, type.revision())
                .mapToObj(revision -> Arguments.of(type, revision)));
    }

    @ParameterizedTest(name = "{0} revision {1}")
    @MethodSource("olderRevisions")
    void every_older_revision_has_a_golden_example_that_upcasts_to_a_valid_current_message(MessageType type,
            int revision) {
        String example = ContractFiles.resource(ContractFiles.goldenPath(type, revision)).orElseThrow(() ->
                new AssertionError("missing src/test/resources" + ContractFiles.goldenPath(type, revision)));

        ObjectNode upcast = Upcasting.toCurrent(type, revision, (ObjectNode) ContractFiles.readJson(example));

        Set<ValidationMessage> errors = ContractFiles.validatorOf(type).validate(upcast);
        assertThat(errors).as("%s upcast, against %s", ContractFiles.goldenPath(type, revision),
                type.schemaResource()).isEmpty();
        assertThat(JsonCodec.fromJson(example.getBytes(StandardCharsets.UTF_8), type.name(), revision))
                .isInstanceOf(type.javaType());
    }

    @Test
    void the_catalogue_has_a_message_above_revision_one_so_the_test_above_runs() {
        assertThat(olderRevisions()).isNotEmpty();
    }

    @Test
    void a_revision_1_escalation_reads_as_a_manual_one_without_a_target_team() {
        byte[] revision1 = ContractFiles.resource(ContractFiles.goldenPath(ESCALATED, 1)).orElseThrow()
                .getBytes(StandardCharsets.UTF_8);

        TicketEscalated escalated = (TicketEscalated) JsonCodec.fromJson(revision1, "TicketEscalated", 1);

        assertThat(escalated).isEqualTo(new TicketEscalated(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                1, EscalationTrigger.MANUAL, "Customer called twice, production is down", null, Actor.agent("a-17"),
                Instant.parse("2026-11-27T09:15:30Z")));
    }

    @Test
    void without_its_upcast_a_revision_1_escalation_cannot_be_read() {
        byte[] revision1 = ContractFiles.resource(ContractFiles.goldenPath(ESCALATED, 1)).orElseThrow()
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonCodec.fromJson(revision1, TicketEscalated.class))
                .hasMessageContaining("trigger is required");
    }

    @Test
    void a_message_at_its_current_revision_is_left_as_it_is() {
        ObjectNode current = (ObjectNode) ContractFiles.readJson(ContractFiles.requireGoldenExample(ESCALATED));
        String before = current.toString();

        assertThat(Upcasting.toCurrent(ESCALATED, ESCALATED.revision(), current).toString()).isEqualTo(before);
        assertThat(current.path("trigger").asText()).isEqualTo("SLA_BREACH");
    }

    @Test
    void a_revision_raised_without_its_upcast_is_named() {
        MessageType raisedWithoutUpcast = new MessageType("TicketTeleported", Object.class, 2, "anywhere");

        assertThatThrownBy(() -> Upcasting.toCurrent(raisedWithoutUpcast, 1, JsonCodec.mapper().createObjectNode()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("TicketTeleported has no upcast from revision 1 to 2");
    }
}
