package io.ticketflow.routing.web;

import io.ticketflow.security.AuthorizationRules;
import io.ticketflow.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The gateway's rows for agents, teams and routing, again here, so a token reaching this port without the gateway
 * gets no more than through it: staff read the roster, the rules and the decisions; only supervisors and admins
 * change who works where and how tickets are routed. Simulating the rules is a POST that changes nothing, but it
 * stays with the writers, as at the gateway. Agents may also set availability, but only their own
 * ({@link AgentController} checks whose).
 */
@Configuration(proxyBeanMethods = false)
class RosterAccess {

    private static final String[] PATHS = {"/api/agents", "/api/agents/**", "/api/teams", "/api/teams/**",
            "/api/routing", "/api/routing/**"};
    private static final String OWN_AVAILABILITY = "/api/agents/*/availability";

    @Bean
    AuthorizationRules rosterRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, PATHS).hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN)
                .requestMatchers(HttpMethod.HEAD, PATHS).hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN)
                .requestMatchers(HttpMethod.PUT, OWN_AVAILABILITY).hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN)
                .requestMatchers(PATHS).hasAnyRole(Caller.SUPERVISOR, Caller.ADMIN);
    }
}
