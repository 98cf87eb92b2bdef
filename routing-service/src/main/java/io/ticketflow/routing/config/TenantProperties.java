package io.ticketflow.routing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tenant the tenant stamped on every message this service publishes ({@code ticketflow-tenant}); the
 *               same setting ({@code ticketflow.tenant}) as ticket-service's
 */
@ConfigurationProperties(prefix = "ticketflow")
public record TenantProperties(@DefaultValue("default") String tenant) {
}
