package io.ticketflow.api.wire;

/**
 * How the platform creates a topic: explicit partitions (scale-out = more partitions and more consumer
 * instances) and retention. Event topics are kept forever because they are the replay source for every
 * projection; command and intake topics are work queues and expire.
 *
 * @param retentionMs -1 keeps records forever
 */
public record TopicDefinition(String name, int partitions, long retentionMs) {
    public static final long FOREVER = -1L;
    public static final long SEVEN_DAYS = 7L * 24 * 60 * 60 * 1000;

    /** The dead-letter companion: same partition count, so a record can keep its partition number. */
    public TopicDefinition deadLetter() {
        return new TopicDefinition(Topics.deadLetterOf(name), partitions, FOREVER);
    }
}
