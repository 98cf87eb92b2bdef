package io.ticketflow.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.ticketflow.api.wire.MessageType;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the contract's checked-in files (schemas, golden examples) the way the tests need them. */
public final class ContractFiles {

    /** The keyword that marks personal data in a schema. */
    public static final String PERSONAL_DATA = "x-personal-data";

    private static final ObjectMapper JSON = new ObjectMapper();

    // Unknown keywords fail instead of being ignored, so a misspelt "formatt" or "x-personal-dta" is caught.
    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new AnnotationKeyword(PERSONAL_DATA))
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .build()));

    private static final SchemaValidatorsConfig VALIDATION = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private ContractFiles() {
    }

    public static JsonNode schemaOf(MessageType type) {
        return readJson(resource(type.schemaResource())
                .orElseThrow(() -> new AssertionError("no schema at " + type.schemaResource())));
    }

    public static JsonSchema validatorOf(MessageType type) {
        return SCHEMA_FACTORY.getSchema(schemaOf(type), VALIDATION);
    }

    public static String goldenPath(MessageType type) {
        return "/golden/" + type.name() + ".json";
    }

    public static Optional<String> goldenExample(MessageType type) {
        return resource(goldenPath(type));
    }

    /** The example of an older revision, kept when the revision was raised: what its upcast must read. */
    public static String goldenPath(MessageType type, int olderRevision) {
        return "/golden/" + type.name() + ".rev" + olderRevision + ".json";
    }

    public static String requireGoldenExample(MessageType type) {
        return goldenExample(type).orElseThrow(() -> new AssertionError(
                "missing golden example src/test/resources" + goldenPath(type) + " for " + type.name()));
    }

    public static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same JSON without insignificant whitespace, token by token: field order, number spelling and string
     * escapes are kept, so two texts compare equal only if a consumer would read exactly the same bytes.
     */
    public static String canonical(String json) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.getFactory().createParser(json);
             JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
            while (parser.nextToken() != null) {
                generator.copyCurrentEvent(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Optional<String> resource(String path) {
        try (InputStream in = ContractFiles.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
