package io.ticketflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.TopicDefinition;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document is the published map of the topics; it must list what the code actually sends. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "/ticketflow/asyncapi.yaml";
    private static final JsonNode ASYNCAPI = read();

    static Collection<MessageType> messageTypes() {
        return MessageCatalog.all();
    }

    static List<TopicDefinition> topics() {
        return Topics.definitions();
    }

    @Test
    void the_document_is_asyncapi_3() {
        assertThat(ASYNCAPI.path("asyncapi").asText()).startsWith("3.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void every_message_is_listed_under_the_channel_of_its_topic(MessageType type) {
        JsonNode channel = channelWithAddress(type.topic());

        assertThat(channel.path("messages").path(type.name()).path("$ref").asText())
                .isEqualTo("#/components/messages/" + type.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void every_message_points_at_its_schema_file(MessageType type) {
        JsonNode message = ASYNCAPI.path("components").path("messages").path(type.name());
        String schemaRef = message.path("payload").path("schema").path("$ref").asText();

        assertThat(message.path("name").asText()).isEqualTo(type.name());
        assertThat("/ticketflow/" + schemaRef.replaceFirst("^\\./", "")).isEqualTo(type.schemaResource());
        assertThat(ContractFiles.resource(type.schemaResource())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void every_message_states_its_current_schema_revision(MessageType type) {
        JsonNode message = ASYNCAPI.path("components").path("messages").path(type.name());

        assertThat(message.path("x-schema-revision").asInt(1)).as("x-schema-revision of " + type.name())
                .isEqualTo(type.revision());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void every_topic_is_a_channel_with_its_partitions_and_retention(TopicDefinition topic) {
        JsonNode kafka = channelWithAddress(topic.name()).path("bindings").path("kafka");

        assertThat(kafka.path("topic").asText()).isEqualTo(topic.name());
        assertThat(kafka.path("partitions").asInt()).isEqualTo(topic.partitions());
        assertThat(kafka.path("topicConfiguration").path("retention.ms").asLong()).isEqualTo(topic.retentionMs());
    }

    @Test
    void every_channel_is_a_topic_the_platform_creates() {
        List<String> topicNames = Topics.definitions().stream().map(TopicDefinition::name).toList();

        assertThat(channels()).extracting(channel -> channel.path("address").asText())
                .containsExactlyInAnyOrderElementsOf(topicNames);
    }

    @Test
    void every_documented_message_is_catalogued() {
        List<String> documented = new ArrayList<>();
        ASYNCAPI.path("components").path("messages").fieldNames().forEachRemaining(documented::add);
        documented.remove("DeadLetter");

        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                MessageCatalog.all().stream().map(MessageType::name).toList());
    }

    @Test
    void every_wire_header_is_documented() {
        JsonNode headers = ASYNCAPI.at("/components/messageTraits/ticketflowHeaders/headers/properties");
        List<String> documented = new ArrayList<>();
        headers.fieldNames().forEachRemaining(documented::add);

        List<String> expected = new ArrayList<>(wireHeaderNames());
        expected.remove(WireHeaders.DLT_REASON);
        expected.remove(WireHeaders.AUTHORIZATION);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void intake_submissions_require_the_authorization_header() {
        JsonNode headers = ASYNCAPI.at("/components/messageTraits/intakeHeaders/headers");
        JsonNode traits = ASYNCAPI.at("/components/messages/TicketSubmission/traits");

        assertThat(headers.path("properties").has(WireHeaders.AUTHORIZATION)).isTrue();
        assertThat(headers.path("required").toString()).contains(WireHeaders.AUTHORIZATION);
        assertThat(traits.toString()).contains("#/components/messageTraits/intakeHeaders");
    }

    @Test
    void a_submission_with_its_traits_merged_requires_the_envelope_headers_and_the_token() {
        JsonNode merged = mergedTraits("TicketSubmission").path("headers");

        assertThat(merged.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                WireHeaders.EVENT_ID, WireHeaders.EVENT_TYPE, WireHeaders.SCHEMA_REVISION, WireHeaders.OCCURRED_AT,
                WireHeaders.AUTHORIZATION);
        assertThat(merged.path("properties").has(WireHeaders.CORRELATION_ID)).isTrue();
    }

    @Test
    void every_topic_whose_timestamp_the_broker_sets_says_so_in_its_description() {
        Topics.definitions().stream().filter(TopicDefinition::brokerTimestamp).forEach(topic ->
                assertThat(channelWithAddress(topic.name()).path("description").asText())
                        .contains(TopicDefinition.TIMESTAMP_TYPE + "=" + TopicDefinition.LOG_APPEND_TIME));
    }

    @Test
    void dead_letters_document_the_reason_header() {
        JsonNode headers = ASYNCAPI.at("/components/messageTraits/deadLetterHeaders/headers");

        assertThat(headers.path("properties").has(WireHeaders.DLT_REASON)).isTrue();
        assertThat(headers.path("required").toString()).contains(WireHeaders.DLT_REASON);
    }

    private static List<String> wireHeaderNames() {
        return Arrays.stream(WireHeaders.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(AsyncApiDocumentTest::constantValue)
                .toList();
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message's traits applied in order as AsyncAPI 3 does, by JSON Merge Patch (RFC 7386: arrays replaced). */
    private static JsonNode mergedTraits(String message) {
        JsonNode merged = JsonNodeFactory.instance.objectNode();
        for (JsonNode trait : ASYNCAPI.at("/components/messages/" + message + "/traits")) {
            merged = mergePatch(merged, ASYNCAPI.at(trait.path("$ref").asText().substring(1)));
        }
        return merged;
    }

    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.path(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    private static List<JsonNode> channels() {
        return StreamSupport.stream(ASYNCAPI.path("channels").spliterator(), false).toList();
    }

    private static JsonNode channelWithAddress(String topic) {
        return channels().stream()
                .filter(channel -> channel.path("address").asText().equals(topic))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel with address " + topic + " in " + DOCUMENT));
    }

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(ContractFiles.resource(DOCUMENT)
                    .orElseThrow(() -> new AssertionError("missing " + DOCUMENT)));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + DOCUMENT, e);
        }
    }
}
