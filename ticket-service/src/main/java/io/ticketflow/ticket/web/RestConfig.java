package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.security.AuthorizationRules;
import io.ticketflow.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;

import java.util.List;

/**
 * How this API reads requests: who acts ({@link ActingParty}), who may call it at all, what a requester may do
 * ({@link RequesterAccess}) and what a body may contain.
 */
@Configuration(proxyBeanMethods = false)
class RestConfig implements WebMvcConfigurer {

    static {
        // who acts comes from the token (ActingParty), never from a parameter: the API's document names none
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final TicketOwnership ownership;

    RestConfig(TicketOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActingParty());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequesterAccess(ownership)).addPathPatterns("/api/tickets", "/api/tickets/**");
    }

    /**
     * The gateway's row for {@code /api/tickets/**}, again here: a token without one of these roles (an analyst's)
     * is refused with a 403 whoever it reached the service through.
     */
    @Bean
    AuthorizationRules ticketRoles() {
        return requests -> requests.requestMatchers("/api/tickets", "/api/tickets/**")
                .hasAnyRole(Caller.REQUESTER, Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN, Caller.SYSTEM);
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
