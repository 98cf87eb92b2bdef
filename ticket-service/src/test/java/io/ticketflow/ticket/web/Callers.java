package io.ticketflow.ticket.web;

import io.ticketflow.testkit.identity.TestIssuer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who calls in the integration tests: real tokens from one {@link TestIssuer} per test JVM, which the service
 * checks as it checks the platform's issuer's. A caller is named the way the service records actors:
 * {@code agent:a-17} is an agent's token (subject {@code a-17}), {@code system:sla-service} a system's, and
 * {@code customer:c-42} a requester's whose email is {@link #REQUESTER_EMAIL}, the requester of
 * {@link TicketRestClient#OPENING}, so that such a customer owns the tickets agents open for Bob.
 */
public final class Callers {

    public static final TestIssuer ISSUER = TestIssuer.start();
    /** The caller of every request that names none. */
    public static final String DEFAULT = TicketRestClient.AGENT;
    public static final String REQUESTER_EMAIL = "bob@example.com";

    private Callers() {
    }

    /** Trust {@link #ISSUER}: for a test class's {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("ticketflow.security.issuer", ISSUER::issuer);
    }

    /** The request as {@code actor} ({@code <agent|system|customer>:<id>}), instead of the default caller. */
    public static RequestPostProcessor as(String actor) {
        return withAuthorization(bearer(actor));
    }

    /** A requester with an email of their own, for tests of whose ticket is whose. */
    public static RequestPostProcessor requester(String subject, String email) {
        return withAuthorization("Bearer " + ISSUER.jwt(subject).roles("requester").claim("email", email).sign());
    }

    /** The request with exactly this {@code Authorization} header, or none when null. */
    public static RequestPostProcessor withAuthorization(String authorization) {
        return request -> {
            request.removeHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null) {
                request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
            }
            return request;
        };
    }

    public static String bearer(String actor) {
        int colon = actor.indexOf(':');
        String kind = actor.substring(0, colon);
        String subject = actor.substring(colon + 1);
        return "Bearer " + switch (kind) {
            case "agent" -> ISSUER.token(subject, "agent");
            case "system" -> ISSUER.token(subject, "system");
            case "customer" -> ISSUER.jwt(subject).roles("requester").claim("email", REQUESTER_EMAIL).sign();
            default -> throw new IllegalArgumentException("no such kind of caller: " + kind);
        };
    }

    /** Every MockMvc request carries the {@link #DEFAULT} caller's token unless it names another. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class DefaultCaller {

        @Bean
        MockMvcBuilderCustomizer defaultCaller() {
            return builder -> builder.defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, bearer(DEFAULT)));
        }
    }
}
