package io.ticketflow.reporting.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.flywaydb.core.Flyway;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.regex.Pattern;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
class RebuildConfiguration {

    // the schema name is written into DDL (rename, drop) and must leave room for the _rebuild/_retired suffixes
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,54}");

    @Bean
    Rebuilds rebuilds(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
        return new Rebuilds(jdbc, new TransactionTemplate(transactionManager), json);
    }

    @Bean
    Rebuilder rebuilder(@Value("${ticketflow.reporting.schema}") String schema, RebuildProperties properties,
                        Rebuilds rebuilds, DataSource dataSource, JdbcTemplate jdbc,
                        PlatformTransactionManager transactionManager, ConsumerFactory<?, ?> consumers,
                        KafkaAdmin kafkaAdmin, Flyway flyway) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("ticketflow.reporting.schema must be a lower-case unquoted identifier"
                    + " of at most 55 characters");
        }
        return new Rebuilder(schema, properties, rebuilds, dataSource, jdbc, new TransactionTemplate(transactionManager),
                consumers, kafkaAdmin, flyway);
    }
}
