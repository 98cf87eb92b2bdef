package io.ticketflow.notification.web;

import io.ticketflow.security.AuthorizationRules;
import io.ticketflow.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's rows for webhooks and notifications, again here, so a token reaching this port without the gateway
 * gets no more than through it: webhook subscriptions (their payloads name requesters) for supervisors and admins,
 * the delivery log for staff, and one's own mail preferences for anyone with a valid token, whose are whose being
 * the preferences API's rule.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccess {

    @Bean
    AuthorizationRules notificationRoles() {
        return requests -> requests
                .requestMatchers("/api/webhooks", "/api/webhooks/**").hasAnyRole(Caller.SUPERVISOR, Caller.ADMIN)
                .requestMatchers("/api/notifications/preferences/**").authenticated()
                .requestMatchers("/api/notifications", "/api/notifications/**")
                .hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN);
    }
}
