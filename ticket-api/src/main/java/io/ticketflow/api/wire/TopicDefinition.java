package io.ticketflow.api.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the platform creates a topic: explicit partitions (scale-out = more partitions and more consumer
 * instances) and retention. Event topics are kept forever because they are the replay source for every
 * projection; command and intake topics are work queues and expire.
 *
 * @param retentionMs     -1 keeps records forever
 * @param brokerTimestamp whether the broker stamps each record with the time it wrote it
 *                        ({@code message.timestamp.type=LogAppendTime}) instead of keeping the producer's
 *                        timestamp: for topics whose consumers trust the timestamp, which a producer could
 *                        otherwise set to any time it likes
 */
public record TopicDefinition(String name, int partitions, long retentionMs, boolean brokerTimestamp) {
    public static final long FOREVER = -1L;
    public static final long SEVEN_DAYS = 7L * 24 * 60 * 60 * 1000;

    /** Kafka's topic settings, spelled here because ticket-api does not depend on Kafka's admin types. */
    public static final String RETENTION_MS = "retention.ms";
    public static final String TIMESTAMP_TYPE = "message.timestamp.type";
    public static final String LOG_APPEND_TIME = "LogAppendTime";

    /** A topic that keeps the producer's timestamps (Kafka's default, {@code CreateTime}). */
    public TopicDefinition(String name, int partitions, long retentionMs) {
        this(name, partitions, retentionMs, false);
    }

    /** The topic settings to create it with. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(RETENTION_MS, Long.toString(retentionMs));
        if (brokerTimestamp) {
            configs.put(TIMESTAMP_TYPE, LOG_APPEND_TIME);
        }
        return Map.copyOf(configs);
    }

    /**
     * The dead-letter companion: same partition count, so a record can keep its partition number. It keeps the
     * timestamps the dead-lettered records had, which say when they were first written.
     */
    public TopicDefinition deadLetter() {
        return new TopicDefinition(Topics.deadLetterOf(name), partitions, FOREVER);
    }
}
