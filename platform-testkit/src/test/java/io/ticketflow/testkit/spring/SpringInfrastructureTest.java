package io.ticketflow.testkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.ticketflow.testkit.TestDatabase;
import io.ticketflow.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(SpringInfrastructureTest.NoBeans.class)
class SpringInfrastructureTest {

    @Configuration
    static class NoBeans {
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, SpringInfrastructureTest.class);
    }

    @Autowired
    Environment environment;

    @Test
    void the_context_points_at_the_shared_broker() {
        String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(bootstrap);
        assertThat(environment.getProperty("KAFKA_BOOTSTRAP")).isEqualTo(bootstrap);
        assertThat(environment.getProperty(SpringInfrastructure.MODE_PROPERTY))
                .isEqualTo(TestInfrastructure.get().mode().name());
    }

    @Test
    void the_context_points_at_the_database_of_the_test_class() throws SQLException {
        TestDatabase database = SpringInfrastructure.databaseFor(SpringInfrastructureTest.class);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(database.jdbcUrl());
        assertThat(environment.getProperty("DB_URL")).isEqualTo(database.jdbcUrl());
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(database.username());
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(database.password());
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            assertThat(connection.getCatalog()).isEqualTo(database.name());
        }
    }
}
