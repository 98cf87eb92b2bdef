package io.ticketflow.notification.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Webhook settings ({@code ticketflow.notification.webhooks.*}); retries and their period are the shared
 * {@code ticketflow.notification.delivery.*}.
 *
 * @param allowedTargets host names, IP addresses or CIDR blocks that may be targeted although they are loopback,
 *                       link-local or private (a receiver inside the network, a test receiver on 127.0.0.1)
 * @param connectTimeout how long connecting to a receiver may take
 * @param readTimeout    how long a receiver may take to answer once the request is sent
 */
@ConfigurationProperties(prefix = "ticketflow.notification.webhooks")
public record WebhookProperties(
        @DefaultValue List<String> allowedTargets,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    public WebhookProperties {
        allowedTargets = allowedTargets == null ? List.of() : List.copyOf(allowedTargets);
        for (Duration timeout : new Duration[] {connectTimeout, readTimeout}) {
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("ticketflow.notification.webhooks.connect-timeout and read-timeout"
                        + " must be positive");
            }
        }
    }
}
