package io.ticketflow.messaging.outbox;

import io.ticketflow.messaging.TicketflowKafkaAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets the outbox, with which settings; no broker or database is needed to build the beans. */
class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner withoutDatabase = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TicketflowKafkaAutoConfiguration.class, KafkaAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                    OutboxAutoConfiguration.class))
            // the admin would otherwise reach for a broker while the context starts
            .withPropertyValues("spring.kafka.admin.auto-create=false");

    // Nothing listens there: the relay's first poll fails and is retried, which is all a started relay does here.
    private final ApplicationContextRunner withDatabase = withoutDatabase
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nowhere"));

    @Test
    void a_service_has_no_outbox_unless_it_opts_in() {
        withDatabase.run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(JdbcTemplate.class)
                .doesNotHaveBean(Outbox.class)
                .doesNotHaveBean(OutboxRelay.class)
                .doesNotHaveBean(OutboxBacklog.class));
    }

    @Test
    void an_opted_in_service_gets_the_outbox_its_relay_and_the_backlog_gauge_with_the_default_settings() {
        withDatabase.withPropertyValues("ticketflow.outbox.enabled=true").run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(Outbox.class)
                    .hasSingleBean(OutboxRelay.class)
                    .hasSingleBean(OutboxBacklog.class);
            assertThat(context.getBean(OutboxProperties.class)).isEqualTo(new OutboxProperties(true,
                    Duration.ofSeconds(1), 100, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(1)));
        });
    }

    @Test
    void an_opted_in_service_without_a_database_does_not_start_rather_than_publish_nothing() {
        withoutDatabase.withPropertyValues("ticketflow.outbox.enabled=true").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining(JdbcTemplate.class.getName()));
    }

    @Test
    void settings_out_of_range_stop_the_service_from_starting() {
        withDatabase.withPropertyValues("ticketflow.outbox.enabled=true", "ticketflow.outbox.batch-size=0")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessage("ticketflow.outbox.batch-size must be at least 1"));
        withDatabase.withPropertyValues("ticketflow.outbox.enabled=true", "ticketflow.outbox.poll-interval=0s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("ticketflow.outbox.poll-interval, send-timeout and purge-interval"
                                + " must be positive"));
    }
}
