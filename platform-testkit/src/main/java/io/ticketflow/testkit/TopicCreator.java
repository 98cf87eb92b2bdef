package io.ticketflow.testkit;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ticketflow.api.wire.TopicDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.awaitility.Awaitility;

/** Brings topics to the partition counts the platform defines, whatever state they are in. */
final class TopicCreator {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;

    TopicCreator(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void createTopics(Collection<TopicDefinition> topics) {
        Map<String, TopicDefinition> wanted = topics.stream()
                .collect(Collectors.toMap(TopicDefinition::name, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        if (wanted.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            createMissing(admin, wanted.values());
            alignConfigs(admin, wanted.values());
            Map<String, TopicDescription> existing = describe(admin, wanted.keySet());
            growWhereSmaller(admin, wanted, existing);
        }
    }

    private static void createMissing(Admin admin, Collection<TopicDefinition> topics) {
        // Replication is left to the broker's default: 1 on the test brokers, whatever a configured cluster says.
        List<NewTopic> newTopics = topics.stream()
                .map(topic -> new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                        .configs(topic.configs()))
                .toList();
        admin.createTopics(newTopics).values().forEach((name, result) -> {
            try {
                await(result);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + name, e.getCause());
                }
            }
        });
    }

    /**
     * A topic that existed before (a reused broker) gets the settings it is defined with, as a new one would: a
     * test of what a setting does, such as the broker's timestamps on intake, must not depend on who came first.
     */
    private static void alignConfigs(Admin admin, Collection<TopicDefinition> topics) {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        topics.forEach(topic -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                topic.configs().entrySet().stream()
                        .map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()),
                                AlterConfigOp.OpType.SET))
                        .toList()));
        try {
            await(admin.incrementalAlterConfigs(changes).all());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not set the configuration of " + changes.keySet(), e.getCause());
        }
    }

    /** A topic just created may not have reached the broker that answers yet; asking again settles that. */
    private static Map<String, TopicDescription> describe(Admin admin, Collection<String> names) {
        return Awaitility.await("topics " + names + " described")
                .atMost(ADMIN_TIMEOUT)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .ignoreExceptionsMatching(e -> e.getCause() instanceof UnknownTopicOrPartitionException)
                .until(() -> await(admin.describeTopics(names).allTopicNames()), Objects::nonNull);
    }

    private static void growWhereSmaller(Admin admin, Map<String, TopicDefinition> wanted,
                                         Map<String, TopicDescription> existing) {
        Map<String, NewPartitions> increases = new LinkedHashMap<>();
        wanted.forEach((name, topic) -> {
            int actual = existing.get(name).partitions().size();
            if (actual > topic.partitions()) {
                throw new IllegalStateException("Topic " + name + " already has " + actual
                        + " partitions, more than the " + topic.partitions() + " requested; partitions cannot be removed");
            }
            if (actual < topic.partitions()) {
                increases.put(name, NewPartitions.increaseTo(topic.partitions()));
            }
        });
        if (!increases.isEmpty()) {
            try {
                await(admin.createPartitions(increases).all());
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not add partitions to " + increases.keySet(), e.getCause());
            }
        }
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka admin client", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The Kafka admin client got no answer within " + ADMIN_TIMEOUT, e);
        }
    }
}
