package io.ticketflow.sla.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/** What a request body may contain. */
@Configuration(proxyBeanMethods = false)
class RestConfig {

    /**
     * Boot turns Jackson's unknown-property check off; this API turns it back on, so a misspelt field
     * ({@code "warningTreshold"}) is a 400 naming it rather than a silent default, as in routing-service.
     */
    @Bean
    JsonMapperBuilderCustomizer rejectUnknownRequestFields() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
