package io.ticketflow.reporting.messaging;

import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.messaging.Inbox;
import io.ticketflow.reporting.generation.GenerationLock;
import io.ticketflow.reporting.metrics.EventAge;
import io.ticketflow.reporting.projection.ReportingProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One consumer group per {@link Subscription}, each folding its batches into the live generation. */
@Configuration(proxyBeanMethods = false)
class LiveConsumers {

    /** Replaces kafka-messaging's processor: every batch takes the generation lock before it claims anything. */
    @Bean
    EventBatchProcessor eventBatchProcessor(Inbox inbox, PlatformTransactionManager transactionManager,
                                            JdbcTemplate jdbc) {
        return new EventBatchProcessor(inbox, new TransactionTemplate(transactionManager),
                () -> GenerationLock.shared(jdbc));
    }

    @Bean
    ReportingProjection reportingProjection(JdbcTemplate jdbc) {
        return new ReportingProjection(jdbc);
    }

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, ReportingProjection projection, EventAge age) {
        return consumer(Subscription.TICKET_EVENTS, processor, projection, age);
    }

    @Bean
    IdempotentConsumer slaEvents(EventBatchProcessor processor, ReportingProjection projection, EventAge age) {
        return consumer(Subscription.SLA_EVENTS, processor, projection, age);
    }

    @Bean
    IdempotentConsumer agentEvents(EventBatchProcessor processor, ReportingProjection projection, EventAge age) {
        return consumer(Subscription.AGENT_EVENTS, processor, projection, age);
    }

    private static IdempotentConsumer consumer(Subscription subscription, EventBatchProcessor processor,
                                               ReportingProjection projection, EventAge age) {
        return new IdempotentConsumer(subscription.consumer(), subscription.topic(), processor, batch -> {
            projection.apply(batch);
            age.projected(subscription, batch);
        });
    }
}
