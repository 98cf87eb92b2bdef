package io.ticketflow.gateway;

import io.ticketflow.testkit.identity.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A service that is not running: the caller gets a 503 problem naming it, never a 500 or a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", GatewayTestSupport.API_DOCS_ON})
@AutoConfigureWebTestClient
class ServiceOutageTest {

    static final TestIssuer ISSUER = TestIssuer.start();

    @DynamicPropertySource
    static void nothingListensForTicketService(DynamicPropertyRegistry registry) {
        registry.add("TICKET_SERVICE_URL", () -> "http://localhost:" + portNothingListensOn());
        registry.add("ticketflow.security.issuer", ISSUER::issuer);
    }

    @Autowired
    WebTestClient client;

    @Test
    void a_read_from_a_stopped_service_is_a_503_problem_naming_it() {
        client.get().uri("/api/tickets/42").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("carol", "agent"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("ticket-service"))
                .jsonPath("$.instance").isEqualTo("/api/tickets/42")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void a_write_to_a_stopped_service_is_a_503_problem_too() {
        client.post().uri("/api/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("alice", "requester"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"subject\":\"Printer on fire\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_document_of_a_stopped_service_is_a_503_problem_naming_it_through_the_same_breaker() {
        client.get().uri("/v3/api-docs/tickets").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("ticket-service"));
    }

    private static int portNothingListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
