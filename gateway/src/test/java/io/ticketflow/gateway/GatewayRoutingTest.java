package io.ticketflow.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes through a real HTTP server standing in for each downstream service: it answers with the
 * service's name and records the correlation id it received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    private static final Map<String, String> RECEIVED_CORRELATION = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> SERVICES = Map.of(
            "ticket-service", downstream("ticket-service"),
            "routing-service", downstream("routing-service"),
            "reporting-service", downstream("reporting-service"));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("TICKET_SERVICE_URL", () -> url("ticket-service"));
        registry.add("ROUTING_SERVICE_URL", () -> url("routing-service"));
        registry.add("REPORTING_SERVICE_URL", () -> url("reporting-service"));
    }

    @AfterAll
    static void stop() {
        SERVICES.values().forEach(server -> server.stop(0));
    }

    @Autowired
    WebTestClient client;

    @Test
    void each_path_reaches_the_service_that_owns_it() {
        assertThat(body("/api/tickets")).isEqualTo("ticket-service");
        assertThat(body("/api/tickets/42")).isEqualTo("ticket-service");
        assertThat(body("/api/agents/7")).isEqualTo("routing-service");
        assertThat(body("/api/routing/rules")).isEqualTo("routing-service");
        assertThat(body("/api/reports/tickets/1")).isEqualTo("reporting-service");
    }

    @Test
    void a_caller_correlation_id_is_passed_on_and_echoed() {
        client.get().uri("/api/tickets/1").header("X-Correlation-Id", "support-call-77").exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Correlation-Id", values -> assertThat(values).containsExactly("support-call-77"));
        assertThat(RECEIVED_CORRELATION.get("ticket-service")).isEqualTo("support-call-77");
    }

    @Test
    void an_unsafe_correlation_id_is_replaced_by_a_fresh_one() {
        String echoed = client.get().uri("/api/tickets/1").header("X-Correlation-Id", "<script>alert(1)</script>")
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(echoed).matches("[0-9a-f-]{36}");
        assertThat(RECEIVED_CORRELATION.get("ticket-service")).isEqualTo(echoed);
    }

    @Test
    void an_unrouted_path_is_not_found() {
        client.get().uri("/api/nothing-here").exchange().expectStatus().isNotFound();
    }

    @Test
    void the_gateways_own_not_found_is_a_problem_detail() {
        client.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    private String body(String path) {
        return client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static String url(String service) {
        return "http://localhost:" + SERVICES.get(service).getAddress().getPort();
    }

    private static HttpServer downstream(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                RECEIVED_CORRELATION.put(name, String.valueOf(correlationId));
                // like the real services, echo it back
                if (correlationId != null) {
                    exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
                }
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
