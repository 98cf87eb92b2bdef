package io.ticketflow.messaging.it;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A consumer and nothing else, wired by the kafka-messaging auto-configuration alone. Its projection writes
 * one {@code handled_event} row per event the processor hands over, and refuses {@link #REFUSED_TICKET}
 * the way a projection refuses an event it cannot fold in.
 */
@SpringBootApplication
public class MessagingTestApplication {

    static final String CONSUMER_PROPERTY = "test.consumer";
    static final String REFUSED_TICKET = "00000000-0000-0000-0000-00000000dead";

    /**
     * The shared broker, a fresh database, and a consumer of the test class's own: the broker outlives each
     * Spring context, so classes sharing a consumer group would steal each other's records.
     */
    static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
        SpringInfrastructure.register(registry, testClass);
        registry.add(CONSUMER_PROPERTY, () -> "kafka-messaging-it-" + testClass.getSimpleName());
    }

    @Bean
    IdempotentConsumer recordingConsumer(@Value("${" + CONSUMER_PROPERTY + "}") String name,
                                          EventBatchProcessor processor, JdbcTemplate jdbc) {
        return new IdempotentConsumer(name, Topics.TICKET_EVENTS, processor, batch -> {
            jdbc.batchUpdate("insert into handled_event (event_id, ticket_key) values (?, ?)",
                    batch.envelopes().stream().map(envelope -> new Object[] {envelope.eventId(), envelope.key()}).toList());
            if (batch.envelopes().stream().anyMatch(envelope -> REFUSED_TICKET.equals(envelope.key()))) {
                throw new IllegalStateException("the test projection refuses ticket " + REFUSED_TICKET);
            }
        });
    }
}
