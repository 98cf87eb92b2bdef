package io.ticketflow.launcher;

import java.nio.file.Path;

/**
 * The {@code server.properties} of the local single-node KRaft broker: one process is both broker and
 * controller, internal topics have one replica (there is no second broker to hold another), and topics are
 * only created by the launcher, with the partition counts of the contract, never by a typo in a consumer.
 */
final class KafkaBrokerConfig {
    static final int BROKER_PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    static final String BOOTSTRAP = "localhost:" + BROKER_PORT;

    private KafkaBrokerConfig() {
    }

    static String render(Path logDirectory) {
        return """
                # Written by the Ticketflow launcher on every start; edits are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                auto.create.topics.enable=false
                num.partitions=1
                default.replication.factor=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(BROKER_PORT, CONTROLLER_PORT, escape(logDirectory.toAbsolutePath().toString()));
    }

    /** Properties files treat a backslash as an escape; Windows paths would lose theirs. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
