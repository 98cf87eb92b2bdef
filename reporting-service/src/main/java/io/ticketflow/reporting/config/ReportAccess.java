package io.ticketflow.reporting.config;

import io.ticketflow.security.AuthorizationRules;
import io.ticketflow.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The gateway's rows for {@code /api/reports/**}, again here, so a token reaching this port without the gateway
 * gets no more than through it: reports are for analysts, supervisors and admins; starting a rebuild (it replaces
 * the whole read model) for admins alone.
 */
@Configuration(proxyBeanMethods = false)
class ReportAccess {

    @Bean
    AuthorizationRules reportRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/reports/admin/**").hasRole(Caller.ADMIN)
                .requestMatchers("/api/reports", "/api/reports/**")
                .hasAnyRole(Caller.ANALYST, Caller.SUPERVISOR, Caller.ADMIN);
    }
}
