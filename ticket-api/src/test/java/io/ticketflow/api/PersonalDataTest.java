package io.ticketflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records print themselves into log lines; fields the schema marks as personal data must never be printed.
 * The values come from each message's golden example, located through the schema's personal-data marks.
 */
class PersonalDataTest {

    static Collection<MessageType> messageTypes() {
        return MessageCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void to_string_prints_no_field_marked_as_personal_data(MessageType type) {
        String example = ContractFiles.requireGoldenExample(type);
        List<String> personalValues = new ArrayList<>();
        collectPersonalValues(ContractFiles.schemaOf(type), ContractFiles.readJson(example), personalValues);

        String printed = JsonCodec.fromJson(example.getBytes(StandardCharsets.UTF_8), type.javaType()).toString();

        assertThat(personalValues).allSatisfy(value -> assertThat(printed).doesNotContain(value));
    }

    @Test
    void the_contract_marks_requester_and_agent_contact_data_and_message_bodies_as_personal_data() {
        assertThat(markedFields("TicketOpened")).contains("description", "email", "name");
        assertThat(markedFields("TicketSubmission")).contains("description", "email", "name");
        assertThat(markedFields("MessageAdded")).contains("body");
        assertThat(markedFields("AddTicketMessage")).contains("body");
        assertThat(markedFields("AgentRegistered")).contains("displayName", "email");
        assertThat(markedFields("AgentUpdated")).contains("displayName", "email");
    }

    @Test
    void a_requester_prints_only_the_organisation() {
        Requester requester = new Requester("jane.doe@example.com", "Jane Doe", "Acme GmbH");

        assertThat(requester.toString()).doesNotContain("jane.doe", "Jane").contains("Acme GmbH");
    }

    private static List<String> markedFields(String messageName) {
        List<String> names = new ArrayList<>();
        collectMarkedNames(ContractFiles.schemaOf(MessageCatalog.byName(messageName).orElseThrow()), names);
        return names;
    }

    private static void collectMarkedNames(JsonNode schema, List<String> out) {
        schema.path("properties").fields().forEachRemaining(property -> {
            if (property.getValue().path(ContractFiles.PERSONAL_DATA).asBoolean()) {
                out.add(property.getKey());
            }
            collectMarkedNames(property.getValue(), out);
            collectMarkedNames(property.getValue().path("items"), out);
        });
    }

    private static void collectPersonalValues(JsonNode schema, JsonNode value, List<String> out) {
        if (value.isArray()) {
            value.forEach(item -> collectPersonalValues(schema.path("items"), item, out));
            return;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode fieldValue = value.path(property.getKey());
            if (property.getValue().path(ContractFiles.PERSONAL_DATA).asBoolean() && fieldValue.isTextual()) {
                out.add(fieldValue.asText());
            } else if (fieldValue.isContainerNode()) {
                collectPersonalValues(property.getValue(), fieldValue, out);
            }
        });
    }
}
