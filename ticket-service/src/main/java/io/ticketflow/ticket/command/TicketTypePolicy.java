package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each ticket type asks of a ticket: the custom fields it must carry, the priority it gets when the
 * request names none, the skills routing will look for, and (for incidents) the impact × urgency matrix
 * that derives its priority. Configuration, not code: the service builds one from its properties, and Axon
 * passes it to the open and categorize handlers like {@link ReopenPolicy}, so the aggregate stays free of
 * Spring. Every type must be described; a policy that leaves one out is refused when it is built.
 */
public record TicketTypePolicy(Map<TicketType, TypeRules> types) {

    /** Custom field an incident names its impact in (HIGH, MEDIUM or LOW). */
    public static final String IMPACT = "impact";
    /** Custom field an incident names its urgency in (HIGH, MEDIUM or LOW). */
    public static final String URGENCY = "urgency";

    public TicketTypePolicy {
        Objects.requireNonNull(types, "types");
        for (TicketType type : TicketType.values()) {
            if (types.get(type) == null) {
                throw new IllegalArgumentException("ticket type " + type + " is not configured");
            }
        }
        types = Map.copyOf(new EnumMap<>(types));
    }

    /**
     * @param requiredFields  custom fields a ticket of this type must carry (non-blank)
     * @param defaultPriority priority when the request names none and no matrix applies
     * @param skills          what routing will match agents on; carried here until routing reads it
     * @param priorityMatrix  impact × urgency → priority, or null when the type has none
     */
    public record TypeRules(List<String> requiredFields, Priority defaultPriority, List<String> skills,
            PriorityMatrix priorityMatrix) {

        public TypeRules {
            requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
            skills = skills == null ? List.of() : List.copyOf(skills);
            if (defaultPriority == null) {
                throw new IllegalArgumentException("default-priority is required");
            }
            if (requiredFields.stream().anyMatch(field -> field == null || field.isBlank())) {
                throw new IllegalArgumentException("required-fields must not contain blank names");
            }
        }
    }

    public TypeRules rulesFor(TicketType type) {
        return types.get(type);
    }

    /** The skills routing will need for a ticket of {@code type}. No event carries them yet. */
    public List<String> skillsFor(TicketType type) {
        return rulesFor(type).skills();
    }

    /** Refuses, naming {@code customFields.<name>}, the first required field of {@code type} that is missing. */
    void requireFields(TicketType type, Map<String, String> customFields, String doing) {
        for (String field : rulesFor(type).requiredFields()) {
            String value = customFields == null ? null : customFields.get(field);
            if (value == null || value.isBlank()) {
                throw new TicketRuleViolation("customFields." + field,
                        "customFields." + field + " is required " + doing + " a " + type + " ticket");
            }
        }
    }

    /**
     * The priority of a new ticket: the one the request names wins; otherwise the type's matrix when the
     * request gives both impact and urgency; otherwise the type's default.
     */
    Priority priorityFor(TicketType type, Priority requested, Map<String, String> customFields) {
        if (requested != null) {
            return requested;
        }
        TypeRules rules = rulesFor(type);
        if (rules.priorityMatrix() != null && customFields != null) {
            String impact = customFields.get(IMPACT);
            String urgency = customFields.get(URGENCY);
            if (impact != null && urgency != null) {
                return rules.priorityMatrix().priorityFor(level(IMPACT, impact), level(URGENCY, urgency));
            }
        }
        return rules.defaultPriority();
    }

    private static PriorityMatrix.Level level(String field, String value) {
        try {
            return PriorityMatrix.Level.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TicketRuleViolation("customFields." + field,
                    "customFields." + field + " must be HIGH, MEDIUM or LOW");
        }
    }
}
