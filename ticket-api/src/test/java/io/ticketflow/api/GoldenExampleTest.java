package io.ticketflow.api;

import com.networknt.schema.ValidationMessage;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message has a checked-in example that must stay readable and come out byte for byte the same: a
 * renamed field, a changed date format or a reordered record breaks this test instead of a consumer.
 */
class GoldenExampleTest {

    static Collection<MessageType> messageTypes() {
        return MessageCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void every_message_has_a_golden_example(MessageType type) {
        assertThat(ContractFiles.goldenExample(type))
                .as("src/test/resources%s", ContractFiles.goldenPath(type))
                .isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void the_golden_example_is_valid_against_the_schema(MessageType type) {
        String example = ContractFiles.requireGoldenExample(type);

        Set<ValidationMessage> errors = ContractFiles.validatorOf(type).validate(ContractFiles.readJson(example));

        assertThat(errors).as("%s against %s", ContractFiles.goldenPath(type), type.schemaResource()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void the_golden_example_reads_as_its_record_by_logical_name(MessageType type) {
        byte[] example = ContractFiles.requireGoldenExample(type).getBytes(StandardCharsets.UTF_8);

        assertThat(JsonCodec.fromJson(example, type.name())).isInstanceOf(type.javaType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void the_golden_example_serialises_back_to_exactly_the_same_json(MessageType type) {
        String example = ContractFiles.requireGoldenExample(type);

        Object message = JsonCodec.fromJson(example.getBytes(StandardCharsets.UTF_8), type.javaType());
        String written = new String(JsonCodec.toJson(message), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(ContractFiles.canonical(example));
    }
}
