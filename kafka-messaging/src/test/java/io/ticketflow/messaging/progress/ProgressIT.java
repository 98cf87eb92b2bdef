package io.ticketflow.messaging.progress;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.PartitionProgress;
import io.ticketflow.messaging.progress.ProgressTestApplication.Recorded;
import io.ticketflow.messaging.progress.ProgressTestApplication.RecordedProgress;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a consumer with a {@link io.ticketflow.messaging.ProgressListener} is told, on the real broker: every
 * partition of the topic on assignment, each applied batch's facts in its transaction (and never those of a batch
 * that failed), and an idle partition as caught up.
 */
@RealInfrastructure
@SpringBootTest(classes = ProgressTestApplication.class)
class ProgressIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, ProgressIT.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    RecordedProgress recorded;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Test
    void every_partition_of_the_topic_is_reported_when_partitions_are_assigned() {
        int partitions = Topics.definitions().stream().filter(topic -> topic.name().equals(Topics.TICKET_EVENTS))
                .findFirst().orElseThrow().partitions();

        await().atMost(WAIT).untilAsserted(() -> assertThat(IntStream.range(0, partitions)).allSatisfy(partition ->
                assertThat(recorded.facts).contains(new Recorded(
                        PartitionProgress.unknown(Topics.TICKET_EVENTS, partition), false))));
    }

    @Test
    void an_applied_batch_reports_its_latest_instant_in_its_transaction_then_the_idle_partition_is_caught_up() {
        int partition = 2;
        awaitIdleCaughtUp(partition);
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        int before = recorded.facts.size();

        send(partition, UUID.randomUUID().toString(), occurredAt);

        await().atMost(WAIT).until(() -> recorded.facts.contains(new Recorded(
                new PartitionProgress(Topics.TICKET_EVENTS, partition, occurredAt, true), true)));
        await().atMost(WAIT).until(() -> recorded.facts.subList(before, recorded.facts.size()).contains(
                new Recorded(PartitionProgress.caughtUp(Topics.TICKET_EVENTS, partition), false)));
    }

    @Test
    void the_facts_of_an_event_the_handler_refuses_are_never_recorded() {
        int partition = 4;
        awaitIdleCaughtUp(partition);
        Instant refusedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant nextAt = refusedAt.plusMillis(1);

        send(partition, ProgressTestApplication.REFUSED_TICKET, refusedAt);
        send(partition, UUID.randomUUID().toString(), nextAt);

        // the refused event is retried, then dead-lettered; the one behind it is applied
        await().atMost(WAIT).until(() -> recorded.facts.stream().anyMatch(applied(partition, nextAt)));
        assertThat(recorded.facts).noneMatch(applied(partition, refusedAt));
    }

    /** Waits until the consumer has read everything in {@code partition} and found it idle. */
    private void awaitIdleCaughtUp(int partition) {
        int before = recorded.facts.size();
        await().atMost(WAIT).until(() -> recorded.facts.subList(before, recorded.facts.size()).contains(
                new Recorded(PartitionProgress.caughtUp(Topics.TICKET_EVENTS, partition), false)));
    }

    private static Predicate<Recorded> applied(int partition, Instant occurredAt) {
        return fact -> fact.inTransaction() && fact.progress().partition() == partition
                && occurredAt.equals(fact.progress().lastOccurredAt());
    }

    private void send(int partition, String ticketKey, Instant occurredAt) {
        TicketOpened opened = TicketEventRecords.ticketOpened(UUID.randomUUID());
        Envelope<TicketOpened> envelope = new Envelope<>(UUID.randomUUID(), "TicketOpened", 1, occurredAt,
                null, "tenant-test", ticketKey, opened);
        ProducerRecord<String, Object> record = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, envelope);
        kafka.send(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers()))
                .join();
    }
}
