package io.ticketflow.ticket.config;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketResumed;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored events at an older contract revision, read the way the JDBC storage engine reads them: the
 * serializer the service stores with, then the upcaster chain, then deserialization.
 */
class ContractUpcasterTest {

    private static final UUID TICKET = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

    private final Serializer serializer = new AxonStorageConfig().serializer();
    private final EventUpcaster upcasters = new EventUpcasterChain(new ContractUpcaster());

    /** TicketEscalated as it was until revision 2: what the store still holds from before the change. */
    record TicketEscalatedRevision1(UUID ticketId, int level, String reason, Actor escalatedBy, Instant escalatedAt) {
    }

    @Test
    void a_revision_1_escalation_stored_without_a_revision_reads_as_a_manual_one_without_a_target_team() {
        DomainEventMessage<?> read = readStored(revision1Row(null), upcasters);

        assertThat(read.getPayload()).isEqualTo(new TicketEscalated(TICKET, 1, EscalationTrigger.MANUAL,
                "customer called twice", null, Actor.agent("a-17"), AT));
        assertThat(read.getSequenceNumber()).isEqualTo(3);
        assertThat(read.getIdentifier()).isEqualTo("e-1");
    }

    @Test
    void a_revision_1_escalation_stored_with_its_revision_reads_the_same() {
        assertThat(readStored(revision1Row("1"), upcasters).getPayload())
                .isInstanceOfSatisfying(TicketEscalated.class,
                        escalated -> assertThat(escalated.trigger()).isEqualTo(EscalationTrigger.MANUAL));
    }

    @Test
    void without_the_upcaster_a_revision_1_escalation_cannot_be_read() {
        assertThatThrownBy(() -> readStored(revision1Row(null), NoOpEventUpcaster.INSTANCE).getPayload())
                .hasStackTraceContaining("trigger is required");
    }

    @Test
    void an_escalation_is_stored_at_revision_2_and_read_back_unchanged() {
        var escalated = new TicketEscalated(TICKET, 2, EscalationTrigger.SLA_BREACH, "resolution overdue",
                "escalations", Actor.system("sla-service"), AT);
        SerializedObject<byte[]> stored = serializer.serialize(escalated, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(readStored(row(stored.getType().getName(), "2", stored.getData()), upcasters).getPayload())
                .isEqualTo(escalated);
    }

    @Test
    void stored_revisions_are_the_contract_revisions_and_nothing_else_gets_one() {
        assertThat(serializer.serialize(new TicketResumed(TICKET, Actor.agent("a-17"), AT), byte[].class)
                .getType().getRevision()).isEqualTo("1");
        assertThat(serializer.serialize(new GlobalSequenceTrackingToken(4), byte[].class).getType().getRevision())
                .isNull();
    }

    @Test
    void events_stored_before_revisions_were_recorded_at_their_current_revision_pass_untouched() {
        SerializedObject<byte[]> resumed = serializer.serialize(new TicketResumed(TICKET, Actor.agent("a-17"), AT),
                byte[].class);

        assertThat(readStored(row(resumed.getType().getName(), null, resumed.getData()), upcasters).getPayload())
                .isEqualTo(new TicketResumed(TICKET, Actor.agent("a-17"), AT));
    }

    /** The payload bytes come from the service's own serializer, as the version before revision 2 wrote them. */
    private GenericDomainEventEntry<byte[]> revision1Row(String revision) {
        byte[] payload = serializer.serialize(new TicketEscalatedRevision1(TICKET, 1, "customer called twice",
                Actor.agent("a-17"), AT), byte[].class).getData();
        return row(TicketEscalated.class.getName(), revision, payload);
    }

    private GenericDomainEventEntry<byte[]> row(String payloadType, String revision, byte[] payload) {
        byte[] metaData = serializer.serialize(MetaData.with(AxonStorageConfig.TENANT, "default"), byte[].class).getData();
        return new GenericDomainEventEntry<>("Ticket", TICKET.toString(), 3, "e-1", AT.toString(), payloadType,
                revision, payload, metaData);
    }

    private DomainEventMessage<?> readStored(DomainEventData<byte[]> row, EventUpcaster chain) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), serializer, chain)
                .asStream().findFirst().orElseThrow();
    }
}
