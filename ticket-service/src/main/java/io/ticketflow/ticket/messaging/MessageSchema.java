package io.ticketflow.ticket.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A message's JSON Schema as published in ticket-api, read once, for checking input from other systems
 * before anything is made of it: the schema other systems code against is the one that judges them.
 */
final class MessageSchema {

    /** ticket-api's mark for personal data: an annotation, not an assertion. */
    private static final String PERSONAL_DATA = "x-personal-data";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new AnnotationKeyword(PERSONAL_DATA))
                    .build()));

    // Draft 2020-12 treats "format" as an annotation unless asked: uuid, date-time and email are meant as
    // rules. Paths as $.requester.email: the way the platform names fields elsewhere, not JSON Pointers.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    private final String name;
    private final JsonSchema schema;

    private MessageSchema(String name, JsonSchema schema) {
        this.name = name;
        this.schema = schema;
    }

    static MessageSchema of(Class<?> messageType) {
        MessageType type = MessageCatalog.of(messageType);
        try (InputStream in = MessageSchema.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema " + type.schemaResource() + " on the classpath");
            }
            return new MessageSchema(type.name(), FACTORY.getSchema(JsonCodec.mapper().readTree(in), CONFIG));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable schema " + type.schemaResource(), e);
        }
    }

    String name() {
        return name;
    }

    /** What is wrong with {@code json}, one line per violation naming its path ({@code $.requester.email}); empty if valid. */
    List<String> violations(JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
