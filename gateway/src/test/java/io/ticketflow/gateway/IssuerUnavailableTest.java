package io.ticketflow.gateway;

import io.ticketflow.testkit.identity.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The issuer is down (here: stopped before the gateway starts). The gateway still comes up, since it fetches the
 * keys only for the first token, and a token it cannot check is the platform's outage, not the caller's fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureWebTestClient
class IssuerUnavailableTest {

    static final TestIssuer STOPPED = TestIssuer.start();

    @DynamicPropertySource
    static void issuerThatIsDown(DynamicPropertyRegistry registry) {
        registry.add("ticketflow.security.issuer", STOPPED::issuer);
        STOPPED.close();
    }

    @AfterAll
    static void stop() {
        STOPPED.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void the_gateway_is_ready_without_its_issuer() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void a_token_that_cannot_be_checked_is_a_503_problem_not_a_500() {
        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + STOPPED.token("carol", "agent"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
    }

    @Test
    void no_token_is_still_a_401() {
        client.get().uri("/api/tickets/1").exchange().expectStatus().isUnauthorized();
    }
}
