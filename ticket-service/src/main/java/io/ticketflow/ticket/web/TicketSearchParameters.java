package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.ticket.projection.TicketCondition;
import io.ticketflow.ticket.projection.TicketCondition.AnyOf;
import io.ticketflow.ticket.projection.TicketSearch;
import io.ticketflow.ticket.projection.TicketSort;
import io.ticketflow.web.InvalidParameter;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /api/tickets} into a {@link TicketSearch}, refusing anything it
 * cannot read with an {@link InvalidParameter} that names the parameter. An unknown parameter is refused too:
 * a misspelt filter ({@code stauts=OPEN}) silently ignored would show an agent every ticket as if filtered.
 * Values are never split on commas (organisations contain them); repeat a parameter to give several.
 */
final class TicketSearchParameters {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    /** {@code assignee=none}, {@code team=none}: nobody holds the ticket. */
    static final String NONE = "none";
    static final int MAX_TEXT_LENGTH = 200;
    private static final int MAX_VALUES = 50;
    // the longest value a ticket can hold, as the opening request and the commands allow it
    private static final int MAX_ID_LENGTH = 100;
    private static final int MAX_EMAIL_LENGTH = 320;
    private static final int MAX_ORGANISATION_LENGTH = 200;
    private static final int MAX_TAG_LENGTH = 50;

    private static final Map<String, TicketSort.Field> SORT_FIELDS = sortFields();
    private static final Set<String> NAMES = Set.of("status", "priority", "type", "channel", "assignee", "team",
            "requester", "organisation", "tag", "openedAfter", "openedBefore", "q", "page", "size", "sort");

    private final MultiValueMap<String, String> parameters;
    private final List<TicketCondition> conditions = new ArrayList<>();

    private TicketSearchParameters(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    static TicketSearch parse(MultiValueMap<String, String> parameters) {
        return new TicketSearchParameters(parameters).search();
    }

    private TicketSearch search() {
        parameters.keySet().stream().filter(name -> !NAMES.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw new InvalidParameter(name, "is not a parameter of this endpoint; known: "
                    + NAMES.stream().sorted().collect(Collectors.joining(", ")));
        });
        anyOf("status", AnyOf.Field.STATUS, TicketStatus.values());
        anyOf("priority", AnyOf.Field.PRIORITY, Priority.values());
        anyOf("type", AnyOf.Field.TYPE, TicketType.values());
        anyOf("channel", AnyOf.Field.CHANNEL, Channel.values());
        anyOfOrNone("assignee", AnyOf.Field.ASSIGNEE);
        anyOfOrNone("team", AnyOf.Field.TEAM);
        anyOf("requester", AnyOf.Field.REQUESTER_EMAIL, MAX_EMAIL_LENGTH);
        anyOf("organisation", AnyOf.Field.ORGANISATION, MAX_ORGANISATION_LENGTH);
        List<String> tags = values("tag", MAX_TAG_LENGTH);
        if (!tags.isEmpty()) {
            conditions.add(new TicketCondition.AllTags(tags));
        }
        openedBetween();
        single("q").map(String::strip).filter(text -> !text.isEmpty()).ifPresent(text -> {
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new InvalidParameter("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
            }
            conditions.add(new TicketCondition.Text(text));
        });
        int page = number("page", 0, Integer.MAX_VALUE, 0);
        int size = number("size", 1, MAX_SIZE, DEFAULT_SIZE);
        return new TicketSearch(conditions, sort(), page, size);
    }

    private void anyOf(String name, AnyOf.Field field, Enum<?>[] allowed) {
        List<String> names = Arrays.stream(allowed).map(Enum::name).toList();
        List<String> values = values(name, Integer.MAX_VALUE);
        for (String value : values) {
            if (!names.contains(value)) {
                throw new InvalidParameter(name, "'" + value + "' is not one of " + String.join(", ", names));
            }
        }
        if (!values.isEmpty()) {
            conditions.add(new AnyOf(field, values, false));
        }
    }

    private void anyOf(String name, AnyOf.Field field, int maxLength) {
        List<String> values = values(name, maxLength);
        if (!values.isEmpty()) {
            conditions.add(new AnyOf(field, values, false));
        }
    }

    private void anyOfOrNone(String name, AnyOf.Field field) {
        List<String> values = values(name, MAX_ID_LENGTH);
        if (!values.isEmpty()) {
            List<String> ids = values.stream().filter(value -> !value.equals(NONE)).toList();
            conditions.add(new AnyOf(field, ids, ids.size() < values.size()));
        }
    }

    private void openedBetween() {
        Instant after = single("openedAfter").map(value -> TicketController.parseInstant("openedAfter", value)).orElse(null);
        Instant before = single("openedBefore").map(value -> TicketController.parseInstant("openedBefore", value)).orElse(null);
        if (after != null && before != null && !before.isAfter(after)) {
            throw new InvalidParameter("openedBefore", "must be later than openedAfter");
        }
        if (after != null || before != null) {
            conditions.add(new TicketCondition.OpenedBetween(after, before));
        }
    }

    private List<TicketSort> sort() {
        List<TicketSort> sort = new ArrayList<>();
        for (String value : values("sort", Integer.MAX_VALUE)) {
            String[] parts = value.split(",", -1);
            TicketSort.Field field = SORT_FIELDS.get(parts[0]);
            if (field == null || parts.length > 2) {
                throw new InvalidParameter("sort", "'" + value + "' is not <field>[,asc|desc] with a field of "
                        + String.join(", ", SORT_FIELDS.keySet()));
            }
            if (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc")) {
                throw new InvalidParameter("sort", "direction '" + parts[1] + "' is neither asc nor desc");
            }
            if (sort.stream().anyMatch(order -> order.field() == field)) {
                throw new InvalidParameter("sort", "orders by " + parts[0] + " twice");
            }
            sort.add(new TicketSort(field, parts.length == 2 && parts[1].equals("desc")));
        }
        return sort;
    }

    private int number(String name, int min, int max, int absent) {
        Optional<String> value = single(name);
        if (value.isEmpty()) {
            return absent;
        }
        String reason = max == Integer.MAX_VALUE ? "must be a whole number, " + min + " or more"
                : "must be a whole number from " + min + " to " + max;
        try {
            int number = Integer.parseInt(value.get().strip());
            if (number < min || number > max) {
                throw new InvalidParameter(name, reason);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new InvalidParameter(name, reason);
        }
    }

    /** Every value of a repeatable parameter, without repeats; none may be blank or too long. */
    private List<String> values(String name, int maxLength) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > MAX_VALUES) {
            throw new InvalidParameter(name, "may be given at most " + MAX_VALUES + " times");
        }
        for (String value : values) {
            if (value.isBlank()) {
                throw new InvalidParameter(name, "must not be blank");
            }
            if (value.length() > maxLength) {
                throw new InvalidParameter(name, "must be at most " + maxLength + " characters");
            }
        }
        return values.stream().distinct().toList();
    }

    private Optional<String> single(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidParameter(name, "may be given only once");
        }
        return values.stream().findFirst();
    }

    private static Map<String, TicketSort.Field> sortFields() {
        Map<String, TicketSort.Field> fields = new LinkedHashMap<>();
        fields.put("openedAt", TicketSort.Field.OPENED_AT);
        fields.put("updatedAt", TicketSort.Field.UPDATED_AT);
        fields.put("priority", TicketSort.Field.PRIORITY);
        fields.put("status", TicketSort.Field.STATUS);
        return fields;
    }
}
