package io.ticketflow.api.wire;

/**
 * One entry of the {@link MessageCatalog}: a logical name, the record that carries it, its current schema
 * revision and the topic it travels on.
 */
public record MessageType(String name, Class<?> javaType, int revision, String topic) {
    public MessageType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1");
        }
    }

    /** Path of the JSON Schema of this message inside the ticket-api jar. */
    public String schemaResource() {
        return "/ticketflow/schemas/" + name + ".schema.json";
    }
}
