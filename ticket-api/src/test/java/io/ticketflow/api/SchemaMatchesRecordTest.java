package io.ticketflow.api;

import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java records and the JSON Schemas describe the same messages: a field added to one and not to the
 * other fails the build, whichever side it was added to.
 */
class SchemaMatchesRecordTest {

    static Collection<MessageType> messageTypes() {
        return MessageCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void the_schema_describes_exactly_the_record(MessageType type) {
        assertThat(SchemaShape.differences(type.javaType(), ContractFiles.schemaOf(type))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void the_schema_is_titled_with_the_logical_name(MessageType type) {
        assertThat(ContractFiles.schemaOf(type).path("title").asText()).isEqualTo(type.name());
    }

    @Test
    void every_schema_file_belongs_to_a_catalogued_message() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMatchesRecordTest.class.getResource("/ticketflow/schemas").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString().replace(".schema.json", "")).toList();

            assertThat(names).allSatisfy(name -> assertThat(MessageCatalog.byName(name)).as(name).isPresent());
        }
    }

    record Sample(UUID id, String added) {
    }

    @Test
    void a_record_component_missing_from_the_schema_is_reported() {
        var schema = ContractFiles.readJson("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"id": {"type": "string", "format": "uuid"}}}""");

        assertThat(SchemaShape.differences(Sample.class, schema))
                .containsExactly("Sample: record components not in the schema: [added]");
    }

    @Test
    void a_schema_property_missing_from_the_record_and_a_wrong_format_are_reported() {
        var schema = ContractFiles.readJson("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"id": {"type": "string", "format": "date-time"}, "added": {"type": "string"},
                                "extra": {"type": "string"}}}""");

        assertThat(SchemaShape.differences(Sample.class, schema)).containsExactly(
                "Sample: schema properties not in the record: [extra]",
                "Sample.id format is 'date-time', expected 'uuid'");
    }
}
