package io.ticketflow.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Swagger UI at the gateway and the services' documents behind it, without a token, through real HTTP to a
 * {@link Downstream} per service; every API call still needs one.
 */
@TestPropertySource(properties = GatewayTestSupport.API_DOCS_ON)
class ApiDocsTest extends GatewayTestSupport {

    private static final Map<String, String> DOCUMENTS = Map.of(
            "tickets", "ticket-service",
            "routing", "routing-service",
            "sla", "sla-service",
            "notifications", "notification-service",
            "reports", "reporting-service");

    @Test
    void each_services_document_is_fetched_from_its_own_api_docs_without_a_token() {
        DOCUMENTS.forEach((route, service) -> {
            client.get().uri("/v3/api-docs/" + route).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo(service);
            Downstream.Received received = service(service).last();
            assertThat(received.path()).isEqualTo("/v3/api-docs");
            assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
            // the document's server is then the gateway's root: nothing was stripped from the path before it
            assertThat(received.header("X-Forwarded-Host")).startsWith("localhost:");
            assertThat(received.header("X-Forwarded-Prefix")).isNull();
        });
    }

    @Test
    void the_ui_answers_without_a_token_and_lists_every_services_document() {
        String location = client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath();
        client.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(DOCUMENTS.size())
                // each listed by the service it describes
                .jsonPath("$.urls[?(@.name == 'ticket-service')].url").isEqualTo("/v3/api-docs/tickets")
                .jsonPath("$.urls[?(@.name == 'reporting-service')].url").isEqualTo("/v3/api-docs/reports")
                .jsonPath("$['urls.primaryName']").isEqualTo("ticket-service")
                .jsonPath("$.oauth2RedirectUrl").value(url -> assertThat((String) url).endsWith("/swagger-ui/oauth2-redirect.html"));
        assertThat(requestsSeenDownstream()).isZero();
    }

    @Test
    void the_ui_signs_in_at_the_issuer_with_pkce_as_the_public_web_client() {
        String initializer = client.get().uri("/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(initializer).contains("\"clientId\":\"ticketflow-web\"")
                .contains("\"usePkceWithAuthorizationCodeGrant\":true");
    }

    @Test
    void no_other_static_files_are_served() {
        client.get().uri("/webjars/swagger-ui/index.html").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void operations_tried_from_the_ui_still_need_a_token() {
        client.get().uri("/api/tickets/42").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/reports/summary").exchange().expectStatus().isUnauthorized();
        assertThat(requestsSeenDownstream()).isZero();
    }
}
