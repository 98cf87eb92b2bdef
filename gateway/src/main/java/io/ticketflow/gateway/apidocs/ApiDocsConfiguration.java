package io.ticketflow.gateway.apidocs;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The services' documents as gateway routes, and the Swagger UI's list of them: one entry per API route, so the list
 * and the routes cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ticketflow.gateway.api-docs.enabled")
class ApiDocsConfiguration {

    @Bean
    ApiDocsRoutes apiDocsRoutes(GatewayProperties gateway, ObjectProvider<SwaggerUiConfigProperties> swaggerUi) {
        List<RouteDefinition> apiRoutes = List.copyOf(gateway.getRoutes());
        swaggerUi.ifAvailable(ui -> ui.setUrls(documents(apiRoutes)));
        return new ApiDocsRoutes(apiRoutes);
    }

    private static Set<SwaggerUrl> documents(List<RouteDefinition> apiRoutes) {
        Set<SwaggerUrl> documents = new LinkedHashSet<>();
        apiRoutes.forEach(route -> documents.add(
                new SwaggerUrl(route.getId(), ApiDocsRoutes.PREFIX + route.getId(), ApiDocsRoutes.serviceOf(route))));
        return documents;
    }
}
