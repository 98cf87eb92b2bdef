package io.ticketflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.intake.TicketSubmission;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static io.ticketflow.e2e.LocalPlatform.GATEWAY;
import static io.ticketflow.e2e.LocalPlatform.MAILS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One ticket through the whole platform, started as a user starts it ({@link LocalPlatform}, shared with the other
 * end-to-end classes), driven with the demo users' real tokens.
 */
@ExtendWith({LocalPlatform.class, PlatformLogsOnFailure.class})
class PlatformIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String E2E_TRACE_ID = "e2e0000000000000000000000000c0de";

    @Test
    void a_ticket_opened_through_the_gateway_is_published_and_shows_in_the_ticket_view_and_the_reports()
            throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/tickets"))
                .header("Authorization", bearer("alice"))
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "e2e-support-call-1")
                .header("traceparent", "00-" + E2E_TRACE_ID + "-e2e0000000000001-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subject":"Printer on fire","description":"It is smoking",
                         "requester":{"email":"alice@example.com","name":"Alice"},
                         "type":"INCIDENT","priority":"HIGH","channel":"WEB","tags":["hardware"]}
                        """)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String ticketId = JSON.readTree(created.body()).path("ticketId").asText();
        assertThat(ticketId).as("ticketId in %s", created.body()).isNotBlank();
        // links name the gateway, not the service behind it
        assertThat(created.headers().firstValue("Location")).contains(GATEWAY + "/api/tickets/" + ticketId);
        assertThat(created.headers().allValues("X-Correlation-Id")).containsExactly("e2e-support-call-1");

        ConsumerRecord<String, String> opened = awaitTicketEvent(ticketId);
        assertThat(header(opened, WireHeaders.EVENT_TYPE)).isEqualTo("TicketOpened");
        assertThat(UUID.fromString(header(opened, WireHeaders.EVENT_ID))).isNotNull();
        assertThat(Integer.parseInt(header(opened, WireHeaders.SCHEMA_REVISION))).isPositive();
        assertThat(Instant.parse(header(opened, WireHeaders.OCCURRED_AT))).isBefore(Instant.now().plusSeconds(1));
        // the caller's correlation id travelled gateway → ticket-service → event store → Kafka
        assertThat(header(opened, WireHeaders.CORRELATION_ID)).isEqualTo("e2e-support-call-1");
        // and so did the caller's W3C trace: gateway → ticket-service → event store → publisher → Kafka
        assertThat(header(opened, WireHeaders.TRACEPARENT)).startsWith("00-" + E2E_TRACE_ID + "-");
        assertThat(JSON.readTree(opened.value()).path("subject").asText()).isEqualTo("Printer on fire");

        JsonNode ticket = awaitJson("alice", GATEWAY + "/api/tickets/" + ticketId);
        assertThat(ticket.path("status").asText()).isEqualTo("NEW");
        assertThat(ticket.path("subject").asText()).isEqualTo("Printer on fire");

        JsonNode report = awaitJson("frank", GATEWAY + "/api/reports/tickets/" + ticketId);
        assertThat(report.path("type").asText()).isEqualTo("INCIDENT");
    }

    @Test
    void the_gateway_answers_nothing_but_health_without_a_valid_token() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/tickets")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        // a requester may not touch the routing rules; an analyst may not write SLA policies
        assertThat(post("alice", "/api/routing/rules", "{}").statusCode()).isEqualTo(403);
        assertThat(post("frank", "/api/sla/policies", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY
                + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /**
     * Swagger UI and each service's document through the gateway, without a token, the way a browser fetches them;
     * every operation a document names must be one the gateway routes, or the UI would offer calls that can only 404.
     */
    @Test
    void swagger_ui_and_every_services_openapi_document_answer_through_the_gateway() throws Exception {
        Map<String, String> documents = Map.of("tickets", "/api/tickets/{ticketId}", "routing", "/api/agents/{agentId}",
                "sla", "/api/sla/policies", "notifications", "/api/webhooks", "reports", "/api/reports/summary");
        List<String> routed = gatewayRoutePaths();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/v3/api-docs/"
                    + document.getKey())).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode openApi = JSON.readTree(answer.body());
            assertThat(openApi.path("paths").has(document.getValue())).as("%s in %s", document.getValue(),
                    document.getKey()).isTrue();
            assertThat(openApi.at("/servers/0/url").asText()).isEqualTo(GATEWAY);
            openApi.path("paths").fieldNames().forEachRemaining(path -> assertThat(routed)
                    .as("a gateway route for %s (%s)", path, document.getKey())
                    .anySatisfy(route -> assertThat(routes(route, path)).isTrue()));
        }

        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/swagger-ui.html")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(302);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY).resolve(
                ui.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    /** The Path predicates of the gateway's routes as configured ({@code /api/tickets/**}, ...). */
    @SuppressWarnings("unchecked")
    private static List<String> gatewayRoutePaths() throws IOException {
        Map<String, Object> config;
        try (var reader = Files.newBufferedReader(LocalPlatform.TICKETFLOW.root().resolve("gateway/src/main/resources/application.yml"))) {
            config = new org.yaml.snakeyaml.Yaml().load(reader);
        }
        Object routes = config;
        for (String key : List.of("spring", "cloud", "gateway", "server", "webflux", "routes")) {
            routes = ((Map<String, Object>) routes).get(key);
        }
        List<String> paths = new ArrayList<>();
        for (Map<String, Object> route : (List<Map<String, Object>>) routes) {
            for (Object predicate : (List<Object>) route.get("predicates")) {
                if (predicate instanceof String text && text.startsWith("Path=")) {
                    paths.addAll(List.of(text.substring("Path=".length()).split(",")));
                }
            }
        }
        assertThat(paths).isNotEmpty();
        return paths;
    }

    /** Whether a route's path pattern covers a documented path: exactly, or below a {@code /**} prefix. */
    private static boolean routes(String pattern, String path) {
        if (pattern.endsWith("/**")) {
            String prefix = pattern.substring(0, pattern.length() - 3);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        return path.equals(pattern);
    }

    @Test
    void the_mail_catcher_runs_beside_the_services_and_lists_what_arrived() throws Exception {
        TicketflowCommand.Result status = LocalPlatform.TICKETFLOW.run(60, "status");
        assertThat(status.output().lines().filter(l -> l.startsWith("mail-catcher")))
                .as(status.output()).singleElement().asString().contains("2525").endsWith("UP");

        // a ticket opened through the gateway: notification-service mails the requester its acknowledgement,
        // and the catcher has it (ticket-service → Kafka → notification-service → SMTP → catcher)
        String email = "frank-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpResponse<String> created = post("alice", "/api/tickets", "{\"subject\":\"Badge does not open the door\","
                + "\"description\":\"Since Monday\",\"requester\":{\"email\":\"" + email + "\",\"name\":\"Frank\"},"
                + "\"type\":\"SERVICE_REQUEST\",\"channel\":\"EMAIL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = JSON.readTree(created.body()).path("ticketId").asText().substring(0, 8);
        AtomicReference<JsonNode> acknowledgement = new AtomicReference<>();
        await("the acknowledgement mail to the requester in the catcher").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    HttpResponse<String> mails = HTTP.send(HttpRequest.newBuilder(URI.create(MAILS)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    for (JsonNode mail : JSON.readTree(mails.body())) {
                        if (mail.path("to").toString().contains(email)) {
                            acknowledgement.set(mail);
                            return true;
                        }
                    }
                    return false;
                });
        assertThat(acknowledgement.get().path("subject").asText()).contains(reference);
        assertThat(acknowledgement.get().path("messageId").asText()).contains("@ticketflow");
    }

    @Test
    void an_agent_works_a_ticket_through_the_gateway_from_opening_to_closure() throws Exception {
        String opening = """
                {"subject":"Scanner jams on every page","description":"Since this morning",
                 "requester":{"email":"bob@example.com","name":"Bob"},"type":"INCIDENT","channel":"PHONE"}""";
        HttpResponse<String> created = post("bob", "/api/tickets", opening, "Idempotency-Key", "e2e-phone-call-7");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("ticketId").asText();
        // the caller retries after a timeout: the same key opens nothing
        HttpResponse<String> retried = post("bob", "/api/tickets", opening, "Idempotency-Key", "e2e-phone-call-7");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(JSON.readTree(retried.body()).path("ticketId").asText()).isEqualTo(id);

        expectOk(post("carol", "/api/tickets/" + id + "/assign", "{\"agentId\":\"carol\",\"teamId\":\"hardware\"}"));
        byte[] photo = "a photo of the jam".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded =
                upload("carol", "/api/tickets/" + id + "/attachments", "jam.jpg", "image/jpeg", photo);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String attachmentId = JSON.readTree(uploaded.body()).path("attachmentId").asText();
        expectOk(post("carol", "/api/tickets/" + id + "/messages", "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Is this the"
                + " jam?\",\"attachmentIds\":[\"" + attachmentId + "\"]}"));
        expectOk(post("carol", "/api/tickets/" + id + "/resolve", "{\"resolutionCode\":\"SOLVED\",\"note\":\"new roller\"}"));
        long closedAt = JSON.readTree(expectOk(post("carol", "/api/tickets/" + id + "/close", ""))).path("version").asLong();

        await("ticket view at version " + closedAt).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> awaitJson("carol", GATEWAY + "/api/tickets/" + id).path("version").asLong() >= closedAt);
        JsonNode ticket = awaitJson("carol", GATEWAY + "/api/tickets/" + id);
        assertThat(ticket.path("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.path("assigneeId").asText()).isEqualTo("carol");
        assertThat(ticket.path("conversation").get(0).path("attachments").get(0).path("attachmentId").asText())
                .isEqualTo(attachmentId);
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(
                        URI.create(GATEWAY + "/api/tickets/" + id + "/attachments/" + attachmentId))
                        .header("Authorization", bearer("carol")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);

        JsonNode found = awaitJson("carol", GATEWAY + "/api/tickets?q=scanner%20jams&status=CLOSED&assignee=carol");
        assertThat(found.path("items").findValuesAsText("ticketId")).contains(id);
        JsonNode history = awaitJson("carol", GATEWAY + "/api/tickets/" + id + "/history");
        List<String> types = new ArrayList<>();
        history.path("events").forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly(
                "TicketOpened", "TicketAssigned", "MessageAdded", "TicketResolved", "TicketClosed");

        // sla-service timed it under the default policy: answered and resolved well within the targets
        await("SLA clocks of a closed ticket").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "CLOSED".equals(awaitJson("carol", GATEWAY + "/api/sla/tickets/" + id).path("phase").asText()));
        JsonNode sla = awaitJson("carol", GATEWAY + "/api/sla/tickets/" + id);
        assertThat(sla.path("policyId").asText()).isEqualTo("default");
        Map<String, String> clocks = new HashMap<>();
        sla.path("clocks").forEach(clock -> clocks.put(clock.path("target").asText(), clock.path("state").asText()));
        assertThat(clocks).containsExactlyInAnyOrderEntriesOf(Map.of("FIRST_RESPONSE", "MET", "RESOLUTION", "MET"));

        // reporting folded the ticket's events and its SLA clocks (another topic) into one fact
        await("reported fact of a closed ticket with its SLA outcomes").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    JsonNode fact = awaitJson("frank", GATEWAY + "/api/reports/tickets/" + id);
                    return "CLOSED".equals(fact.path("status").asText())
                            && "MET".equals(fact.path("resolutionSla").asText());
                });
        JsonNode fact = awaitJson("frank", GATEWAY + "/api/reports/tickets/" + id);
        assertThat(fact.path("teamId").asText()).isEqualTo("hardware");
        assertThat(fact.path("resolvedByAgentId").asText()).isEqualTo("carol");
        assertThat(fact.path("firstResponseSla").asText()).isEqualTo("MET");
        assertThat(fact.path("publicReplies").asInt()).isEqualTo(1);
        assertThat(fact.toString()).doesNotContain("bob@example.com").doesNotContain("Scanner jams");
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY
                        + "/api/reports/tickets?team=hardware&status=CLOSED&size=500"))
                .header("Authorization", bearer("frank")).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("ticketId,").contains(id);
    }

    @Test
    void routing_assigns_a_ticket_opened_through_the_gateway_to_an_online_agent_with_the_skills() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String team = "e2e-printers-" + suffix;
        String agent = "e2e-carol-" + suffix;
        assertThat(post("erin", "/api/teams", "{\"teamId\":\"" + team + "\",\"name\":\"Printers\"}").statusCode())
                .isEqualTo(201);
        assertThat(post("erin", "/api/agents", "{\"agentId\":\"" + agent + "\",\"displayName\":\"Carol\","
                + "\"email\":\"carol@example.com\",\"teamIds\":[\"" + team + "\"],"
                + "\"skills\":[{\"skill\":\"printers\",\"level\":3}],\"languages\":[\"en\"],"
                + "\"maxConcurrentTickets\":5}").statusCode()).isEqualTo(201);
        HttpResponse<String> online = HTTP.send(HttpRequest.newBuilder(
                        URI.create(GATEWAY + "/api/agents/" + agent + "/availability"))
                .header("Authorization", bearer("erin"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"availability\":\"ONLINE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(online.statusCode()).as(online.body()).isEqualTo(200);
        HttpResponse<String> rule = post("erin", "/api/routing/rules", "{\"name\":\"e2e " + suffix + "\",\"teamId\":\""
                + team + "\",\"match\":{\"types\":[\"INCIDENT\"],\"tags\":[\"" + team + "\"]},"
                + "\"skills\":[{\"skill\":\"printers\",\"minLevel\":2}]}");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

        HttpResponse<String> created = post("alice", "/api/tickets", "{\"subject\":\"Printer jams\",\"description\":\"Every"
                + " page\",\"requester\":{\"email\":\"dora@example.com\",\"name\":\"Dora\"},"
                + "\"type\":\"INCIDENT\",\"channel\":\"WEB\",\"tags\":[\"" + team + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("ticketId").asText();

        // ticket-service -> Kafka -> routing decides -> AssignTicket -> ticket-service -> the ticket view
        await("ticket " + id + " assigned by routing").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> agent.equals(awaitJson("erin", GATEWAY + "/api/tickets/" + id).path("assigneeId").asText()));
        JsonNode ticket = awaitJson("erin", GATEWAY + "/api/tickets/" + id);
        assertThat(ticket.path("teamId").asText()).isEqualTo(team);
        assertThat(ticket.path("status").asText()).isEqualTo("OPEN");
        JsonNode decisions = awaitJson("erin", GATEWAY + "/api/routing/decisions/" + id);
        assertThat(decisions.path("decisions").get(0).path("outcome").asText()).isEqualTo("ASSIGNED");
        assertThat(decisions.path("decisions").get(0).path("explanation").asText()).contains(agent);
    }

    @Test
    void sla_service_escalates_a_ticket_whose_first_response_is_breached() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "e2e-org-" + suffix;
        HttpResponse<String> policy = post("erin", "/api/sla/policies", "{\"id\":\"e2e-" + suffix + "\",\"name\":\"E2E\","
                + "\"rank\":1,\"organisations\":[\"" + organisation + "\"],"
                + "\"targets\":{\"HIGH\":{\"firstResponse\":\"PT2S\",\"resolution\":\"PT1H\"}},"
                + "\"escalations\":[{\"on\":\"BREACH\",\"target\":\"FIRST_RESPONSE\",\"raisePriorityTo\":\"URGENT\","
                + "\"escalate\":true}]}");
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);

        HttpResponse<String> created = post("bob", "/api/tickets", "{\"subject\":\"Payments down\",\"description\":\"All"
                + " of them\",\"requester\":{\"email\":\"erin@example.com\",\"name\":\"Erin\",\"organisation\":\""
                + organisation + "\"},\"type\":\"INCIDENT\",\"channel\":\"WEB\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("ticketId").asText();

        // nobody answers: sla-service breaches the first response (after its settle period) and asks ticket-service
        // to raise the priority and escalate, through Kafka
        await("ticket " + id + " escalated by sla-service").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> "URGENT".equals(awaitJson("erin", GATEWAY + "/api/tickets/" + id).path("priority").asText()));
        List<String> types = new ArrayList<>();
        awaitJson("erin", GATEWAY + "/api/tickets/" + id + "/history").path("events")
                .forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).contains("TicketPriorityChanged", "TicketEscalated");
        JsonNode sla = awaitJson("erin", GATEWAY + "/api/sla/tickets/" + id);
        List<String> breached = new ArrayList<>();
        sla.path("clocks").forEach(clock -> {
            if (clock.path("breached").asBoolean()) {
                breached.add(clock.path("target").asText());
            }
        });
        assertThat(breached).contains("FIRST_RESPONSE");
    }

    @Test
    void a_system_submits_on_the_intake_topic_with_its_token_and_the_ticket_is_opened_by_that_system()
            throws Exception {
        String subject = "Disk full on db-" + UUID.randomUUID().toString().substring(0, 8);
        TicketSubmission submission = new TicketSubmission(UUID.randomUUID(), "monitoring", "ALERT-" + UUID.randomUUID(),
                subject, "Only 2% left", new Requester("ops@example.com", "Ops", null), TicketType.INCIDENT,
                Priority.HIGH, Channel.API, List.of(), Map.of(), Instant.now());
        String key = submission.submissionId().toString();
        Headers headers = EnvelopeHeaders.write(new Envelope<>(submission.submissionId(), "TicketSubmission", 1,
                Instant.now(), null, null, key, submission));
        // the platform's client for systems, with client credentials, as README's intake section shows
        String token = LocalPlatform.token("system");
        headers.add(WireHeaders.AUTHORIZATION, ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.INTAKE, null, key, JsonCodec.toJson(submission), headers)).get();
        }

        String ticketId = awaitTicketEvent(record -> record.value().contains(subject)).key();
        JsonNode ticket = awaitJson("carol", GATEWAY + "/api/tickets/" + ticketId);
        assertThat(ticket.path("subject").asText()).isEqualTo(subject);
        assertThat(ticket.path("openedBy").asText()).isEqualTo("SYSTEM:ticketflow-system");
    }

    /** The gateway derives who acts from the token: {@code agent:carol} for carol, {@code customer:bob} for bob. */
    private static String bearer(String user) {
        return LocalPlatform.bearer(user);
    }

    private static HttpResponse<String> post(String user, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", bearer(user))
                .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!json.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body()).isEqualTo(200);
        return response.body();
    }

    /** A multipart/form-data upload with one part, {@code file}, as a browser sends it. */
    private static HttpResponse<String> upload(String user, String path, String fileName, String contentType,
            byte[] content)
            throws Exception {
        String boundary = "ticketflow-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", bearer(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConsumerRecord<String, String> awaitTicketEvent(String ticketId) {
        return awaitTicketEvent(record -> ticketId.equals(record.key()));
    }

    private static ConsumerRecord<String, String> awaitTicketEvent(Predicate<ConsumerRecord<String, String>> match) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.TICKET_EVENTS));
            AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
            await("the first matching event on " + Topics.TICKET_EVENTS).atMost(Duration.ofSeconds(60))
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (match.test(record)) {
                                found.compareAndSet(null, record);
                            }
                        }
                        return found.get() != null;
                    });
            return found.get();
        }
    }

    /** Read models are eventually consistent: poll until the ticket shows, as a client following Location does. */
    private static JsonNode awaitJson(String user, String url) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await("200 from " + url).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", bearer(user)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                    last.set(response);
                    return response.statusCode() == 200;
                });
        try {
            return JSON.readTree(last.get().body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON from " + url + ": " + last.get().body(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
