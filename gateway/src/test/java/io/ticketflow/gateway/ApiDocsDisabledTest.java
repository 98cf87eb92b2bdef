package io.ticketflow.gateway;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default ({@code ticketflow.gateway.api-docs.enabled} unset, as in a deployment that does not turn it on) the UI
 * and the documents are unknown paths like any other: nothing but health answers without a token.
 */
class ApiDocsDisabledTest extends GatewayTestSupport {

    private static final List<String> DOCUMENTATION = List.of("/swagger-ui.html", "/swagger-ui/index.html",
            "/webjars/swagger-ui/index.html", "/v3/api-docs/tickets", "/v3/api-docs/swagger-config", "/v3/api-docs");

    @Test
    void without_a_token_the_documentation_is_refused() {
        DOCUMENTATION.forEach(path -> client.get().uri(path).exchange().expectStatus().isUnauthorized());
        assertThat(requestsSeenDownstream()).isZero();
    }

    @Test
    void with_a_token_the_documentation_is_not_there() {
        DOCUMENTATION.stream().filter(path -> !path.equals("/v3/api-docs")).forEach(path ->
                client.get().uri(path).headers(h -> h.setBearerAuth(adminToken())).exchange()
                        .expectStatus().isNotFound());
        assertThat(requestsSeenDownstream()).isZero();
    }
}
