package io.ticketflow.routing.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/** How this API reads requests. */
@Configuration(proxyBeanMethods = false)
class RestConfig {

    /**
     * Boot turns Jackson's unknown-property check off; this API turns it back on, so a misspelt field
     * ({@code "priorites"}) is a 400 naming it rather than a rule that silently matches more than intended.
     */
    @Bean
    JsonMapperBuilderCustomizer rejectUnknownRequestFields() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
