package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ticketflow.api.wire.TopicDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;

/** The TESTCONTAINERS mode on its own, where a Docker engine answers; skipped elsewhere. */
@EnabledIf("dockerAvailable")
class ContainerInfrastructureTest {

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Test
    void the_pinned_images_give_a_working_broker_and_database_server() throws Exception {
        ContainerInfrastructure containers = ContainerInfrastructure.start();
        try {
            TestDatabase database = containers.postgres().createDatabase(DatabaseNames.unique("containers"));
            assertThat(database.jdbcUrl()).endsWith("/" + database.name());

            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, containers.kafkaBootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
                assertThat(admin.listTopics().names().get()).isNotNull();
            }
            new TopicCreator(containers.kafkaBootstrapServers())
                    .createTopics(List.of(new TopicDefinition("testkit.containers", 2, TopicDefinition.FOREVER)));
        } finally {
            containers.stop();
        }
    }
}
