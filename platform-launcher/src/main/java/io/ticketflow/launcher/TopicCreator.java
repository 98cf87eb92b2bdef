package io.ticketflow.launcher;

import io.ticketflow.api.wire.TopicDefinition;
import io.ticketflow.api.wire.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the topics of the event contract ({@link Topics#definitions()}) that do not exist yet, with their
 * partition counts, retention and timestamp type. Existing topics are left as they are: repartitioning is a migration.
 */
final class TopicCreator {
    private TopicCreator() {
    }

    static List<String> createMissing(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.definitions().stream()
                    .filter(definition -> !existing.contains(definition.name()))
                    .map(TopicCreator::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            throw new LauncherException("Cannot create the Kafka topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while creating the Kafka topics", e);
        }
    }

    static NewTopic newTopic(TopicDefinition definition) {
        // The replication factor is the cluster's default: 1 on the local broker, more on a real cluster.
        return new NewTopic(definition.name(), Optional.of(definition.partitions()), Optional.empty())
                .configs(definition.configs());
    }
}
