package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.routing.RoutingApplication;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two instances of routing-service on one database and one consumer group: the ticket events' partitions
 * are split between them, agents are shared. Every ticket gets at most one assignment, and no agent more than
 * their capacity, however the two interleave.
 */
class TwoInstancesIT extends RosterIntegrationTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    Environment environment;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void every_ticket_is_assigned_once_and_no_agent_beyond_capacity() throws Exception {
        startTheSecondInstance();
        String team = team("pair");
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String agent = unique("pair-agent");
            post("/api/agents", Map.of("agentId", agent, "displayName", "Agent " + i, "email", agent + "@example.com",
                    "teamIds", List.of(team), "skills", List.of(Map.of("skill", "pairs", "level", 3)),
                    "languages", List.of("en"), "maxConcurrentTickets", 2)).andExpect(status().isCreated());
            put("/api/agents/" + agent + "/availability", Map.of("availability", "ONLINE"))
                    .andExpect(status().isOk());
            agents.add(agent);
        }
        post("/api/routing/rules", Map.of("name", "pairs " + team, "teamId", team,
                "match", Map.of("tags", List.of(team)))).andExpect(status().isCreated());

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            List<UUID> tickets = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tickets.add(open(team));
            }
            // six slots: six assignments, and then nothing more however long one waits
            List<AssignTicket> assigned = commands.awaitRecords(r -> tickets.contains(UUID.fromString(r.key())), 6,
                    Duration.ofSeconds(60)).stream().map(TwoInstancesIT::command).toList();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(commands.received(r -> tickets.contains(UUID.fromString(r.key())))).hasSize(6));

            assertThat(assigned).extracting(AssignTicket::ticketId).doesNotHaveDuplicates();
            Map<String, Long> perAgent = assigned.stream()
                    .collect(Collectors.groupingBy(AssignTicket::agentId, Collectors.counting()));
            assertThat(perAgent).containsOnlyKeys(agents).allSatisfy((agent, count) -> assertThat(count).isEqualTo(2));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM routed_ticket WHERE need = 'QUEUED' AND team_id = ?",
                    Long.class, team)).isEqualTo(14);
        }
    }

    private void startTheSecondInstance() {
        Function<String, String> same = environment::getRequiredProperty;
        // command-line arguments: they outrank application.yml, as the test's own properties do
        second = new SpringApplicationBuilder(RoutingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + same.apply("spring.datasource.url"),
                "--spring.datasource.username=" + same.apply("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.kafka.bootstrap-servers=" + same.apply("spring.kafka.bootstrap-servers"),
                "--ticketflow.routing.offline.grace=0s");
        // both instances hold partitions of the ticket events before the tickets come
        KafkaListenerEndpointRegistry secondListeners = second.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                holdsPartitions(listeners, Topics.TICKET_EVENTS) && holdsPartitions(secondListeners, Topics.TICKET_EVENTS));
    }

    private static boolean holdsPartitions(KafkaListenerEndpointRegistry registry, String topic) {
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            var assigned = container.getAssignedPartitions();
            if (assigned != null && assigned.stream().anyMatch(partition -> partition.topic().equals(topic))) {
                return true;
            }
        }
        return false;
    }

    private UUID open(String team) {
        UUID ticket = UUID.randomUUID();
        TicketOpened opened = new TicketOpened(ticket, "Pairs", "Two instances", new Requester("p@example.com", "P", null),
                TicketType.INQUIRY, Priority.NORMAL, Channel.API, List.of(team), Map.of(), Actor.customer("c-2"),
                Instant.now());
        MessageType type = MessageCatalog.of(TicketOpened.class);
        kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, new Envelope<>(UUID.randomUUID(),
                type.name(), type.revision(), Instant.now(), "it-" + ticket, "default", ticket.toString(), opened)))
                .join();
        return ticket;
    }

    private static AssignTicket command(ConsumerRecord<String, byte[]> record) {
        return JsonCodec.fromJson(record.value(), AssignTicket.class);
    }
}
