package io.ticketflow.gateway;

import io.ticketflow.testkit.identity.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

/**
 * One gateway for the tests that share it: real HTTP in through {@link WebTestClient}, real HTTP out to a
 * {@link Downstream} per service, tokens from a real {@link TestIssuer}. Subclasses share one Spring context;
 * a test that needs other settings says so with its own properties (and gets its own context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the actuator port of a test gateway must not collide with a running platform's or another build's
        "management.server.port=0",
        // the tests' requests without a token all come from this host; GatewayRateLimitTest checks that limit
        "ticketflow.gateway.rate-limit.anonymous.burst=10000",
        "ticketflow.gateway.cors.allowed-origins=https://support.example.com"})
@AutoConfigureWebTestClient
abstract class GatewayTestSupport {

    /** For a test about the API documentation, which is off unless turned on (as {@code ./ticketflow up} does). */
    static final String API_DOCS_ON = "ticketflow.gateway.api-docs.enabled=true";

    static final TestIssuer ISSUER = TestIssuer.start();
    static final Map<String, Downstream> SERVICES = Map.of(
            "TICKET_SERVICE_URL", Downstream.start("ticket-service"),
            "ROUTING_SERVICE_URL", Downstream.start("routing-service"),
            "SLA_SERVICE_URL", Downstream.start("sla-service"),
            "NOTIFICATION_SERVICE_URL", Downstream.start("notification-service"),
            "REPORTING_SERVICE_URL", Downstream.start("reporting-service"));

    @DynamicPropertySource
    static void gatewayAround(DynamicPropertyRegistry registry) {
        SERVICES.forEach((variable, downstream) -> registry.add(variable, downstream::url));
        registry.add("ticketflow.security.issuer", ISSUER::issuer);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(Downstream::forget);
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    static Downstream service(String name) {
        return SERVICES.values().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static int requestsSeenDownstream() {
        return SERVICES.values().stream().mapToInt(s -> s.received().size()).sum();
    }

    /** A token of a user with every role the routes know, for tests about something other than roles. */
    static String adminToken() {
        return ISSUER.token("admin", "admin");
    }
}
