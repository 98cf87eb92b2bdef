package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.ticketflow.api.wire.TopicDefinition;
import io.ticketflow.api.wire.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class TopicCreationTest {

    @Test
    void created_topics_have_the_requested_partition_counts(TestInfrastructure infrastructure) throws Exception {
        String events = unique("events");
        String commands = unique("commands");

        infrastructure.createTopics(List.of(
                new TopicDefinition(events, 6, TopicDefinition.FOREVER),
                new TopicDefinition(commands, 2, TopicDefinition.SEVEN_DAYS)));

        assertThat(partitions(infrastructure, events)).isEqualTo(6);
        assertThat(partitions(infrastructure, commands)).isEqualTo(2);
        assertThat(retentionMs(infrastructure, commands)).isEqualTo(String.valueOf(TopicDefinition.SEVEN_DAYS));
    }

    @Test
    void creating_the_same_topics_again_changes_nothing(TestInfrastructure infrastructure) throws Exception {
        List<TopicDefinition> topics = List.of(new TopicDefinition(unique("again"), 4, TopicDefinition.FOREVER));

        infrastructure.createTopics(topics);
        infrastructure.createTopics(topics);

        assertThat(partitions(infrastructure, topics.get(0).name())).isEqualTo(4);
    }

    @Test
    void the_platform_topics_can_be_created_by_every_test_class(TestInfrastructure infrastructure) throws Exception {
        infrastructure.createTopics(Topics.definitions());
        infrastructure.createTopics(Topics.definitions());

        for (TopicDefinition topic : Topics.definitions()) {
            assertThat(partitions(infrastructure, topic.name())).as(topic.name()).isEqualTo(topic.partitions());
        }
    }

    @Test
    void a_topic_that_existed_with_producer_timestamps_gets_the_brokers_when_so_defined(
            TestInfrastructure infrastructure) throws Exception {
        String topic = unique("stamped");
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 2, TopicDefinition.SEVEN_DAYS)));
        assertThat(config(infrastructure, topic, TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG)).isEqualTo("CreateTime");

        infrastructure.createTopics(List.of(new TopicDefinition(topic, 2, TopicDefinition.SEVEN_DAYS, true)));

        assertThat(config(infrastructure, topic, TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG)).isEqualTo("LogAppendTime");
    }

    @Test
    void a_topic_with_fewer_partitions_is_grown_to_the_requested_count(TestInfrastructure infrastructure)
            throws Exception {
        String topic = unique("grown");
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 3, TopicDefinition.FOREVER)));

        infrastructure.createTopics(List.of(new TopicDefinition(topic, 6, TopicDefinition.FOREVER)));

        assertThat(partitions(infrastructure, topic)).isEqualTo(6);
    }

    @Test
    void asking_for_fewer_partitions_than_a_topic_has_fails(TestInfrastructure infrastructure) throws Exception {
        String topic = unique("shrunk");
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 6, TopicDefinition.FOREVER)));

        assertThatThrownBy(() -> infrastructure.createTopics(List.of(new TopicDefinition(topic, 2, TopicDefinition.FOREVER))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has 6 partitions");
        assertThat(partitions(infrastructure, topic)).isEqualTo(6);
    }

    private static String unique(String name) {
        return "testkit." + name + "-" + UUID.randomUUID();
    }

    private static int partitions(TestInfrastructure infrastructure, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(infrastructure)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    private static String retentionMs(TestInfrastructure infrastructure, String topic)
            throws ExecutionException, InterruptedException {
        return config(infrastructure, topic, TopicConfig.RETENTION_MS_CONFIG);
    }

    private static String config(TestInfrastructure infrastructure, String topic, String name)
            throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = admin(infrastructure)) {
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            return config.get(name).value();
        }
    }

    private static Admin admin(TestInfrastructure infrastructure) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }
}
