package io.ticketflow.ticket.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.ApiDocs;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.web.CorrelationId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The walking skeleton inside ticket-service: REST → aggregate → event store → read model and Kafka. */
class TicketApiIT extends RestApiIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketApiIT.class);
    }

    private static final String VALID = """
            {"subject":"Printer on fire","description":"It is smoking","requester":{"email":"alice@example.com",
             "name":"Alice","organisation":"Acme"},"type":"INCIDENT","priority":"HIGH","channel":"WEB",
             "tags":["hardware"],"customFields":{"floor":"3"}}""";

    @Autowired
    MeterRegistry meters;

    @Test
    void an_opened_ticket_is_stored_published_and_readable() throws Exception {
        try (TopicProbe probe = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            MvcResult created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                            .header(CorrelationId.HEADER, "it-correlation-1").content(VALID))
                    .andExpect(status().isCreated())
                    .andExpect(header().exists("Location"))
                    .andExpect(jsonPath("$.status").value("NEW"))
                    .andReturn();
            String ticketId = ticketIdOf(created);

            ConsumerRecord<String, byte[]> record = probe.awaitRecords(r -> ticketId.equals(r.key()), 1,
                    Duration.ofSeconds(30)).get(0);
            assertThat(headerOf(record, WireHeaders.EVENT_TYPE)).isEqualTo("TicketOpened");
            assertThat(headerOf(record, WireHeaders.SCHEMA_REVISION)).isEqualTo("1");
            assertThat(headerOf(record, WireHeaders.CORRELATION_ID)).isEqualTo("it-correlation-1");
            assertThat(UUID.fromString(headerOf(record, WireHeaders.EVENT_ID))).isNotNull();
            assertThat(headerOf(record, WireHeaders.OCCURRED_AT)).isNotBlank();
            TicketOpened opened = JsonCodec.fromJson(record.value(), TicketOpened.class);
            assertThat(opened.ticketId()).hasToString(ticketId);
            assertThat(opened.subject()).isEqualTo("Printer on fire");
            assertThat(opened.customFields()).containsEntry("floor", "3");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    mvc.perform(get("/api/tickets/{id}", ticketId))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.status").value("NEW"))
                            .andExpect(jsonPath("$.priority").value("HIGH"))
                            .andExpect(jsonPath("$.tags[0]").value("hardware"))
                            .andExpect(jsonPath("$.requesterEmail").value("alice@example.com")));

            // everything stored is on the topic: the publication lag gauge drains to zero
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(meters.get("ticketflow.publication.lag").gauge().value()).isZero());
        }
    }

    @Test
    void the_event_of_a_traced_request_is_published_in_the_requests_trace() throws Exception {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        String callersSpan = "b7ad6b7169203331";
        try (TopicProbe probe = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            String ticketId = ticketIdOf(mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                            .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01").content(VALID))
                    .andExpect(status().isCreated())
                    .andReturn());

            ConsumerRecord<String, byte[]> record = probe.awaitRecords(r -> ticketId.equals(r.key()), 1,
                    Duration.ofSeconds(30)).get(0);
            // published later, on the processor's thread, and still a descendant of the request's span
            String traceparent = headerOf(record, WireHeaders.TRACEPARENT);
            assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(traceparent.split("-")[1]).isEqualTo(traceId);
            assertThat(traceparent.split("-")[2]).isNotEqualTo(callersSpan);
        }
    }

    @Test
    void a_missing_subject_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"subject\":\"Printer on fire\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
    }

    @Test
    void an_unknown_ticket_type_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("INCIDENT", "HAUNTING")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void a_bug_report_without_its_product_version_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("INCIDENT", "BUG_REPORT")
                                .replace("{\"floor\":\"3\"}", "{\"stepsToReproduce\":\"print a page\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("customFields.productVersion"));
    }

    @Test
    void a_custom_field_without_a_value_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("{\"floor\":\"3\"}", "{\"floor\":null}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("customFields[floor]"));
    }

    @Test
    void a_rule_only_the_aggregate_checks_is_a_problem_naming_the_field() throws Exception {
        // Bean Validation lets "Not A Tag" through; the Ticket's own rule refuses it
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("[\"hardware\"]", "[\"Not A Tag\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
    }

    @Test
    void malformed_json_is_a_problem_not_a_server_error() throws Exception {
        mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content("{\"subject\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_ticket_is_404_and_a_malformed_id_is_400() throws Exception {
        mvc.perform(get("/api/tickets/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tickets/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ticketId"));
    }

    private static String ticketIdOf(MvcResult result) throws Exception {
        Matcher matcher = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(result.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String headerOf(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void the_openapi_document_names_the_api_its_schemas_and_its_security() throws Exception {
        ApiDocs.fetch(mvc)
                .andExpect(jsonPath("$.info.title").value("Ticketflow ticket-service"))
                .andExpect(jsonPath("$.paths['/api/tickets'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/tickets'].get").exists())
                .andExpect(jsonPath("$.paths['/api/tickets/{ticketId}'].get.parameters[?(@.name == 'asOf')]").exists())
                .andExpect(jsonPath("$.paths['/api/tickets/{ticketId}/attachments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/tickets/{ticketId}/resolve'].post.responses['403']").exists())
                // who acts is the token's, never a parameter
                .andExpect(jsonPath("$.paths['/api/tickets'].post.parameters[?(@.name == 'actor')]").isEmpty())
                .andExpect(jsonPath("$.paths['/api/tickets'].get.parameters[0].description", containsString("assignee")))
                .andExpect(jsonPath("$.components.schemas.MultiValueMapStringString").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.OpenTicketRequest.properties.priority.enum",
                        hasItems("LOW", "NORMAL", "HIGH", "URGENT")))
                .andExpect(jsonPath("$.components.schemas.OpenTicketRequest.required", hasItems("subject", "requester")))
                .andExpect(jsonPath("$.paths['/api/tickets/{ticketId}'].get.responses['200'].content['application/json']"
                        + ".schema['$ref']").value("#/components/schemas/TicketView"));
    }
}
