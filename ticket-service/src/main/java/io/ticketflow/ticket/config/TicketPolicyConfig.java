package io.ticketflow.ticket.config;

import io.ticketflow.ticket.command.AutoClosePolicy;
import io.ticketflow.ticket.command.ReopenPolicy;
import io.ticketflow.ticket.command.TicketTypePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ticket's configurable rules, handed to the aggregate's command handlers as plain objects. */
@Configuration(proxyBeanMethods = false)
public class TicketPolicyConfig {
    @Bean
    public ReopenPolicy reopenPolicy(TicketflowProperties properties) {
        return new ReopenPolicy(properties.reopenWindow());
    }

    @Bean
    public AutoClosePolicy autoClosePolicy(TicketflowProperties properties) {
        return new AutoClosePolicy(properties.autoClose().after());
    }

    @Bean
    public TicketTypePolicy ticketTypePolicy(TicketTypeProperties properties) {
        return properties.toPolicy();
    }
}
