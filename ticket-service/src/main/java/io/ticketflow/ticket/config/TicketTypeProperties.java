package io.ticketflow.ticket.config;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.ticket.command.PriorityMatrix;
import io.ticketflow.ticket.command.TicketTypePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ticketflow.ticket-types.<TYPE>}: what each ticket type requires, its default priority, the skills
 * routing will need and, for a type that has one, its {@code priority-matrix.<IMPACT>.<URGENCY>}. The
 * defaults live in {@code application.yml}, where an operator reads and changes them. Checked when bound:
 * a missing type, an unknown priority or an incomplete matrix stops the service at start-up, naming the
 * property, rather than surfacing on the first ticket.
 */
@ConfigurationProperties(prefix = "ticketflow")
public record TicketTypeProperties(Map<TicketType, TypeProperties> ticketTypes) {

    public TicketTypeProperties {
        ticketTypes = ticketTypes == null ? Map.of() : Map.copyOf(ticketTypes);
        policy(ticketTypes); // fail at binding, with the property's name, not on the first ticket
    }

    /**
     * @param requiredFields  custom fields a ticket of this type must carry
     * @param defaultPriority priority when the request names none (and no matrix applies)
     * @param skills          skills routing will match on
     * @param priorityMatrix  impact → urgency → priority; HIGH, MEDIUM and LOW each; optional
     */
    public record TypeProperties(List<String> requiredFields, Priority defaultPriority, List<String> skills,
            Map<PriorityMatrix.Level, Map<PriorityMatrix.Level, Priority>> priorityMatrix) {
    }

    public TicketTypePolicy toPolicy() {
        return policy(ticketTypes);
    }

    private static TicketTypePolicy policy(Map<TicketType, TypeProperties> ticketTypes) {
        Map<TicketType, TicketTypePolicy.TypeRules> rules = new EnumMap<>(TicketType.class);
        for (TicketType type : TicketType.values()) {
            TypeProperties properties = ticketTypes.get(type);
            if (properties == null) {
                throw new IllegalArgumentException("ticketflow.ticket-types." + type + " is not configured: every "
                        + "ticket type needs at least a default-priority");
            }
            try {
                PriorityMatrix matrix = properties.priorityMatrix() == null || properties.priorityMatrix().isEmpty()
                        ? null : new PriorityMatrix(properties.priorityMatrix());
                rules.put(type, new TicketTypePolicy.TypeRules(properties.requiredFields(),
                        properties.defaultPriority(), properties.skills(), matrix));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ticketflow.ticket-types." + type + ": " + e.getMessage());
            }
        }
        return new TicketTypePolicy(rules);
    }
}
