package io.ticketflow.ticket.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;

import java.util.List;

/** How this API reads requests: who acts ({@link ActingParty}) and what a body may contain. */
@Configuration(proxyBeanMethods = false)
class RestConfig implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActingParty());
    }

    /**
     * Boot turns Jackson's unknown-property check off; this API turns it back on, so a misspelt field
     * ({@code "reson"}) is a 400 naming it rather than silently ignored. Same effect as
     * {@code spring.jackson.deserialization.fail-on-unknown-properties: true}; kept next to the REST code
     * because it is part of the API's contract. Only requests read by Spring's mapper are affected: events
     * and Kafka messages use the contract's own mapping.
     */
    @Bean
    JsonMapperBuilderCustomizer rejectUnknownRequestFields() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
