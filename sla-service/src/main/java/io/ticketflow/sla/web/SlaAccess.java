package io.ticketflow.sla.web;

import io.ticketflow.security.AuthorizationRules;
import io.ticketflow.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The gateway's rows for {@code /api/sla/**}, again here, so a token reaching this port without the gateway gets no
 * more than through it: staff and analysts read calendars, policies and clocks; only supervisors and admins change
 * what every ticket's deadlines are computed from.
 */
@Configuration(proxyBeanMethods = false)
class SlaAccess {

    @Bean
    AuthorizationRules slaRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/sla", "/api/sla/**")
                .hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN, Caller.ANALYST)
                .requestMatchers(HttpMethod.HEAD, "/api/sla", "/api/sla/**")
                .hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN, Caller.ANALYST)
                .requestMatchers("/api/sla", "/api/sla/**").hasAnyRole(Caller.SUPERVISOR, Caller.ADMIN);
    }
}
