package io.ticketflow.messaging.outbox;

import io.ticketflow.messaging.TicketflowKafkaAutoConfiguration;
import io.ticketflow.messaging.tracing.TraceParents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The transactional outbox, for a service that sets {@code ticketflow.outbox.enabled=true}. Unlike the inbox,
 * it is not switched on by the mere presence of a database: a service that opted in and lacks the database,
 * transaction manager or Kafka template fails to start, naming the missing bean, rather than quietly
 * publishing nothing.
 */
@AutoConfiguration(
        after = {JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                TicketflowKafkaAutoConfiguration.class, KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnBooleanProperty("ticketflow.outbox.enabled")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** ticket-service stamps the same tenant on what it publishes; one setting for the whole platform. */
    static final String TENANT_PROPERTY = "ticketflow.tenant";
    static final String DEFAULT_TENANT = "default";

    @Bean
    @ConditionalOnMissingBean
    OutboxTable outboxTable(JdbcTemplate jdbc) {
        return new OutboxTable(jdbc);
    }

    /** The service's own clock when it has one (tests control time through it), else the system's. */
    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(OutboxTable table, KafkaTemplate<String, Object> kafka,
            PlatformTransactionManager transactionManager, OutboxProperties properties, ObjectProvider<Clock> clock,
            TraceParents traces) {
        return new OutboxRelay(table, kafka, transactionManager, properties, clock.getIfAvailable(Clock::systemUTC),
                traces);
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(OutboxTable table, OutboxRelay relay, Environment environment, TraceParents traces) {
        return new Outbox(table, relay, environment.getProperty(TENANT_PROPERTY, DEFAULT_TENANT), traces);
    }

    /** Micrometer is optional: a service without it has the outbox, just not the gauge. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class BacklogMetric {

        @Bean
        @ConditionalOnMissingBean
        OutboxBacklog outboxBacklog(OutboxTable table) {
            return new OutboxBacklog(table);
        }
    }
}
