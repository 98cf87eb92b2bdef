package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerConfigTest {

    private static Properties rendered(Path logDirectory) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(KafkaBrokerConfig.render(logDirectory)));
        return properties;
    }

    @Test
    void the_broker_is_a_single_kraft_node_that_is_also_its_controller() throws IOException {
        Properties properties = rendered(Path.of("/tmp/tf/data/kafka"));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("controller.listener.names", "CONTROLLER");
    }

    @Test
    void internal_topics_have_one_replica_because_there_is_one_broker() throws IOException {
        Properties properties = rendered(Path.of("/tmp/tf/data/kafka"));

        assertThat(properties)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1");
    }

    @Test
    void only_the_launcher_creates_topics() throws IOException {
        assertThat(rendered(Path.of("/tmp/tf/data/kafka"))).containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void the_log_directory_survives_the_properties_format_even_with_backslashes() throws IOException {
        Path withBackslash = Path.of("/tmp/odd\\name/kafka");

        assertThat(rendered(withBackslash)).containsEntry("log.dirs", withBackslash.toAbsolutePath().toString());
    }
}
