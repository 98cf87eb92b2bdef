package io.ticketflow.gateway.apidocs;

import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * For each configured route (one per service), a route to that service's OpenAPI document: {@code GET
 * /v3/api-docs/<route id>} becomes {@code /v3/api-docs} at the same address, through the same filters (circuit
 * breaker and its 503 fallback, retries of reads) and with the same response timeout. Derived rather than written
 * out, so a service added to the routes is documented in the UI without another place to remember.
 */
final class ApiDocsRoutes implements RouteDefinitionLocator {

    /** Where the gateway serves a service's document; the route id follows. */
    static final String PREFIX = "/v3/api-docs/";
    /** Where each service serves its own (springdoc's default). */
    static final String SERVICE_PATH = "/v3/api-docs";
    private static final String ID_PREFIX = "api-docs-";

    private final List<RouteDefinition> apiRoutes;

    ApiDocsRoutes(List<RouteDefinition> apiRoutes) {
        this.apiRoutes = apiRoutes;
    }

    @Override
    public Flux<RouteDefinition> getRouteDefinitions() {
        return Flux.fromIterable(apiRoutes).map(ApiDocsRoutes::documentRoute);
    }

    static RouteDefinition documentRoute(RouteDefinition api) {
        RouteDefinition document = new RouteDefinition();
        document.setId(ID_PREFIX + api.getId());
        document.setUri(api.getUri());
        document.setOrder(api.getOrder());
        document.setMetadata(new LinkedHashMap<>(api.getMetadata()));
        document.setPredicates(List.of(new PredicateDefinition("Path=" + PREFIX + api.getId()),
                new PredicateDefinition("Method=GET,HEAD")));
        List<FilterDefinition> filters = new ArrayList<>();
        filters.add(new FilterDefinition("SetPath=" + SERVICE_PATH));
        filters.addAll(api.getFilters());
        document.setFilters(filters);
        return document;
    }

    /** The service a route leads to, as its circuit breaker names it (e.g. ticket-service), else the route's id. */
    static String serviceOf(RouteDefinition api) {
        return api.getFilters().stream()
                .filter(filter -> filter.getName().equals("CircuitBreaker"))
                .map(filter -> filter.getArgs().get("name"))
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(api.getId());
    }
}
