package io.ticketflow.ticket.messaging;

import io.ticketflow.ticket.web.Callers;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.PrivateKafkaBroker;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event store is the outbox: with Kafka down, commands still succeed, and when it returns the backlog
 * is published, in order, exactly the stored events. On a broker of this class's own, which it stops and
 * restarts on the same port; the shared broker must stay up for everyone else. Its own application
 * context too (other bootstrap servers), with producer timeouts of seconds so the outage shows quickly.
 */
@RealInfrastructure
@SpringBootTest(properties = {
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=1500",
        "spring.kafka.producer.properties.delivery.timeout.ms=3000",
        "ticketflow.publish-timeout=5s"})
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
@DirtiesContext
class PublicationOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String OPEN = """
            {"subject":"VPN drops","description":"Every ten minutes","requester":{"email":"carl@example.com",
             "name":"Carl"},"type":"INCIDENT","channel":"WEB"}""";

    /** Closed after the application context, which @DirtiesContext closes once the class is done. */
    @RegisterExtension
    static final PrivateKafkaBroker KAFKA = PrivateKafkaBroker.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, PublicationOutageIT.class, KAFKA::bootstrapServers);
        Callers.register(registry);
    }

    @BeforeAll
    static void topics() {
        KAFKA.createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore events;

    @Autowired
    MeterRegistry meters;

    @Test
    void commands_succeed_while_kafka_is_down_and_the_backlog_is_published_in_order_when_it_returns()
            throws Exception {
        try (TopicProbe published = TopicProbe.subscribe(KAFKA.bootstrapServers(), Topics.TICKET_EVENTS)) {
            String before = open();
            published.awaitRecords(byKey(before), 1, WAIT); // publishing works, and the producer knows the topic
            await().atMost(WAIT).until(() -> publicationLag() == 0);

            KAFKA.stop();
            String during = open();
            accepted(during, "assign", "{\"agentId\":\"a-17\",\"teamId\":\"network\"}");
            accepted(during, "messages", "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Looking into it\"}");
            accepted(before, "priority", "{\"priority\":\"URGENT\",\"reason\":\"whole office\"}");
            accepted(during, "escalate", "{\"reason\":\"still dropping\"}");
            accepted(during, "resolve", "{\"resolutionCode\":\"SOLVED\"}");
            assertThat(storedEventIds(during)).hasSize(5);
            await().atMost(WAIT).until(() -> publicationLag() > 0);

            KAFKA.restart();
            for (String ticket : List.of(before, during)) {
                List<String> stored = storedEventIds(ticket);
                published.awaitRecords(record -> stored.get(stored.size() - 1).equals(eventId(record)), 1, WAIT);
                // one key, one partition: once the last event is here, everything before it is too
                List<ConsumerRecord<String, byte[]>> records = published.received(byKey(ticket));
                assertThat(records.stream().map(PublicationOutageIT::eventId).distinct().toList())
                        .as("events of %s on the topic, duplicates left out, against the event store", ticket)
                        .containsExactlyElementsOf(stored);
                Map<String, Set<String>> valuesById = records.stream().collect(Collectors.groupingBy(
                        PublicationOutageIT::eventId,
                        Collectors.mapping(record -> new String(record.value(), StandardCharsets.UTF_8), Collectors.toSet())));
                assertThat(valuesById).as("a duplicate is the same record again")
                        .allSatisfy((eventId, values) -> assertThat(values).hasSize(1));
            }
            await().atMost(WAIT).until(() -> publicationLag() == 0);
        }
    }

    private double publicationLag() {
        return meters.get("ticketflow.publication.lag").gauge().value();
    }

    private List<String> storedEventIds(String ticketId) {
        return events.readEvents(ticketId).asStream().map(EventMessage::getIdentifier).toList();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> byKey(String ticketId) {
        return record -> ticketId.equals(record.key());
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return EnvelopeHeaders.value(record.headers(), WireHeaders.EVENT_ID);
    }

    private String open() throws Exception {
        String body = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Matcher id = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    /** A command as an agent sends it over REST; it must succeed whether Kafka is there or not. */
    private void accepted(String ticketId, String path, String body) throws Exception {
        mvc.perform(post("/api/tickets/{id}/" + path, ticketId).with(Callers.as("agent:a-17"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
