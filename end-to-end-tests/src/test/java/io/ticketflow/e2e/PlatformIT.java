package io.ticketflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One ticket through the whole platform, started as a user starts it. The platform comes up once for the
 * class; {@code down} runs whatever happens, and then no process the launcher recorded may be left.
 */
@ExtendWith(PlatformLogsOnFailure.class)
class PlatformIT {
    static final String GATEWAY = "http://localhost:8080";
    static final List<String> SERVICES = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "reporting-service", "gateway");

    static final TicketflowCommand TICKETFLOW = new TicketflowCommand(
            Path.of(System.getProperty("ticketflow.root", "..")).toAbsolutePath().normalize(),
            Path.of(System.getProperty("ticketflow.home", "target/e2e-home")).toAbsolutePath().normalize());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RecordedProcesses started;

    @BeforeAll
    static void start_the_platform_like_a_user() throws Exception {
        requireBuilt();
        // A previous run that was killed may have left its platform up; then its data would be reused.
        TICKETFLOW.run(300, "down");
        assertThat(TICKETFLOW.run(60, "reset", "--yes").exitCode()).isZero();
        TicketflowCommand.Result up = TICKETFLOW.run(600, "up", "--detach");
        started = RecordedProcesses.readFrom(TICKETFLOW.home().resolve("run"));
        if (up.exitCode() != 0) {
            PlatformLogsOnFailure.printLogTails();
        }
        assertThat(up.exitCode()).as("./ticketflow up --detach failed:\n%s", up.output()).isZero();
        assertThat(up.output()).contains(GATEWAY);
    }

    @AfterAll
    static void stop_the_platform_and_leave_nothing_behind() throws Exception {
        RecordedProcesses recorded = started != null ? started
                : RecordedProcesses.readFrom(TICKETFLOW.home().resolve("run"));
        TicketflowCommand.Result down = TICKETFLOW.run(300, "down");

        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(recorded.stillRunning()).as("processes left running after ./ticketflow down").isEmpty();
    }

    @Test
    void a_ticket_opened_through_the_gateway_is_published_and_shows_in_the_ticket_view_and_the_reports()
            throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/tickets"))
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "e2e-support-call-1")
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
        assertThat(JSON.readTree(opened.value()).path("subject").asText()).isEqualTo("Printer on fire");

        JsonNode ticket = awaitJson(GATEWAY + "/api/tickets/" + ticketId);
        assertThat(ticket.path("status").asText()).isEqualTo("NEW");
        assertThat(ticket.path("subject").asText()).isEqualTo("Printer on fire");

        JsonNode report = awaitJson(GATEWAY + "/api/reports/tickets/" + ticketId);
        assertThat(report.path("type").asText()).isEqualTo("INCIDENT");
    }

    private static ConsumerRecord<String, String> awaitTicketEvent(String ticketId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.TICKET_EVENTS));
            AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
            await("TicketOpened of " + ticketId + " on " + Topics.TICKET_EVENTS).atMost(Duration.ofSeconds(60))
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (ticketId.equals(record.key())) {
                                found.compareAndSet(null, record);
                            }
                        }
                        return found.get() != null;
                    });
            return found.get();
        }
    }

    /** Read models are eventually consistent: poll until the ticket shows, as a client following Location does. */
    private static JsonNode awaitJson(String url) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await("200 from " + url).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
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

    /**
     * Inside a Maven build the reactor packages every module before this one (see this module's pom); run alone,
     * the test must not start a nested build, so it names what is missing instead.
     */
    private static void requireBuilt() {
        List<String> missing = new ArrayList<>();
        for (String module : SERVICES) {
            Path jar = TICKETFLOW.root().resolve(module).resolve("target").resolve(module + ".jar");
            if (!Files.exists(jar)) {
                missing.add(TICKETFLOW.root().relativize(jar).toString());
            }
        }
        for (String path : List.of("platform-launcher/target/platform-launcher.jar", "local-kafka-broker/target/lib")) {
            if (!Files.exists(TICKETFLOW.root().resolve(path))) {
                missing.add(path);
            }
        }
        assertThat(missing).as("not packaged yet (run mvn -DskipTests package at the root first)").isEmpty();
    }
}
