package io.ticketflow.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls in flight to a slow service at once: each waits for its answer and gets it, and the service's circuit
 * breaker stays closed. (Spring Cloud CircuitBreaker's default bulkhead, 25 concurrent calls per service, used to
 * fail the rest at once and open the breaker on a healthy service.)
 */
class GatewayConcurrencyTest extends GatewayTestSupport {

    private static final int IN_FLIGHT = 100;

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void a_hundred_writes_waiting_on_a_slow_service_all_get_its_answer_and_the_breaker_stays_closed() {
        Downstream tickets = service("ticket-service");
        tickets.holdAnswersUntil(IN_FLIGHT);
        // the system role's limit admits a hundred at once; a person's bucket would hold exactly that many
        String token = ISSUER.token("intake-bot", "system");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, IN_FLIGHT)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tickets"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"Printer " + i + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("statuses").containsOnly(200);
        assertThat(tickets.received()).hasSize(IN_FLIGHT);
        assertThat(breakers.circuitBreaker("ticket-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breakers.circuitBreaker("ticket-service").getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
