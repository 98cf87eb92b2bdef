package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.Dimension;
import io.ticketflow.reporting.report.Period;
import io.ticketflow.reporting.report.TicketFilter;
import io.ticketflow.reporting.web.InvalidReportParametersException.ParameterError;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report request's query parameters, read as strings so that every way they can be wrong is collected and
 * answered at once in one problem ({@link #check}), rather than by whichever converter fails first. Each
 * accessor marks its parameter as known; {@link #check} refuses the others, so a misspelt filter ({@code tem=})
 * is a 400 instead of a silently unfiltered report. A repeatable parameter may also list values separated by
 * commas; enumerated values are matched ignoring case.
 */
final class ReportParameters {

    /** Periods of aggregate reports that are not time series: bounded work, and a year covers every dashboard. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);
    static final int MOST_VALUES = 100;
    static final int LONGEST_VALUE = 200;

    // PostgreSQL's timestamptz and java.sql types cannot hold every Instant; out of range would be a 500
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final MultiValueMap<String, String> query;
    private final Set<String> known = new HashSet<>();
    private final List<ParameterError> errors = new ArrayList<>();

    ReportParameters(MultiValueMap<String, String> query) {
        this.query = query;
    }

    /** The required {@code from} and {@code to}, at most {@code longest} apart. */
    Period period(Duration longest) {
        Instant from = instant("from", true);
        Instant to = instant("to", true);
        return from == null || to == null ? null : period(from, to, longest);
    }

    /** {@code from} and {@code to} when either is given (the other then open-ended); null when neither is. */
    Period optionalPeriod() {
        Instant from = instant("from", false);
        Instant to = instant("to", false);
        boolean given = query.containsKey("from") || query.containsKey("to");
        if (!given || (query.containsKey("from") && from == null) || (query.containsKey("to") && to == null)) {
            return null;
        }
        return period(from == null ? EARLIEST : from, to == null ? LATEST : to, null);
    }

    Instant instant(String name, Instant otherwise) {
        Instant instant = instant(name, false);
        return instant == null ? otherwise : instant;
    }

    /** The ticket filter of the given dimensions, each a repeatable parameter. */
    TicketFilter filter(Dimension... dimensions) {
        Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : dimensions) {
            List<String> given = values(dimension.parameter());
            if (given.isEmpty()) {
                continue;
            }
            Optional<List<String>> allowed = dimension.accepted();
            List<String> accepted = allowed.isPresent()
                    ? oneOf(dimension.parameter(), given, allowed.get())
                    : given;
            if (accepted != null) {
                values.put(dimension, accepted);
            }
        }
        return new TicketFilter(values);
    }

    /** One value of {@code type}'s constants, named in lower case; {@code otherwise} when not given. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
        String given = single(name);
        if (given == null) {
            return otherwise;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        List<String> accepted = oneOf(name, List.of(given), names);
        return accepted == null ? otherwise : Enum.valueOf(type, accepted.get(0).toUpperCase(Locale.ROOT));
    }

    /** One dimension of {@code allowed} to group by; {@code otherwise} (null for none) when not given. */
    Dimension groupBy(List<Dimension> allowed, Dimension otherwise) {
        String given = single("groupBy");
        if (given == null) {
            return otherwise;
        }
        List<Dimension> chosen = dimensions(List.of(given), allowed);
        return chosen == null ? otherwise : chosen.get(0);
    }

    /** Any of {@code allowed} to group by, in any order; all of them when not given. */
    List<Dimension> groupings(List<Dimension> allowed) {
        List<String> given = values("groupBy");
        if (given.isEmpty()) {
            return allowed;
        }
        List<Dimension> chosen = dimensions(given, allowed);
        return chosen == null ? allowed : chosen;
    }

    int number(String name, int otherwise, int least, int most) {
        String given = single(name);
        if (given == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(given);
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        errors.add(new ParameterError(name, "must be a whole number from " + least + " to " + most));
        return otherwise;
    }

    /** Refuses parameters no accessor read, then answers every error collected as one 400 problem. */
    void check() {
        query.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new ParameterError(name, "is not a parameter of this report; it takes "
                        + known.stream().sorted().collect(Collectors.joining(", ")))));
        if (!errors.isEmpty()) {
            throw new InvalidReportParametersException(errors);
        }
    }

    private Period period(Instant from, Instant to, Duration longest) {
        if (!from.isBefore(to)) {
            errors.add(new ParameterError("to", "must be after from"));
            return null;
        }
        if (longest != null && Duration.between(from, to).compareTo(longest) > 0) {
            errors.add(new ParameterError("to", "must be at most " + longest.toDays() + " days after from"));
            return null;
        }
        return new Period(from, to);
    }

    private Instant instant(String name, boolean required) {
        String value = single(name);
        if (value == null) {
            if (required && !query.containsKey(name)) {
                errors.add(new ParameterError(name, "is required"));
            }
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new ParameterError(name, "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z"));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            errors.add(new ParameterError(name, "must be in the years 1 to 9999"));
            return null;
        }
        return instant;
    }

    private List<Dimension> dimensions(List<String> given, List<Dimension> allowed) {
        List<String> names = allowed.stream().map(Dimension::parameter).toList();
        List<String> chosen = oneOf("groupBy", given, names);
        return chosen == null ? null : chosen.stream().map(name -> Dimension.ofParameter(name).orElseThrow()).toList();
    }

    /** The given values as spelt in {@code allowed}, or null (and an error) when any is not one of them. */
    private List<String> oneOf(String name, List<String> given, List<String> allowed) {
        Map<String, String> byKey = allowed.stream().collect(Collectors.toMap(
                value -> value.toLowerCase(Locale.ROOT), Function.identity()));
        List<String> accepted = given.stream().map(value -> byKey.get(value.toLowerCase(Locale.ROOT))).toList();
        if (accepted.contains(null)) {
            errors.add(new ParameterError(name, "must be one of " + String.join(", ", allowed)));
            return null;
        }
        return List.copyOf(new LinkedHashSet<>(accepted));
    }

    /** Every value of a repeatable parameter, commas splitting values too; empty when it is not given. */
    private List<String> values(String name) {
        known.add(name);
        List<String> raw = query.get(name);
        if (raw == null) {
            return List.of();
        }
        List<String> values = raw.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(value -> !value.isEmpty()).distinct().toList();
        if (values.isEmpty()) {
            errors.add(new ParameterError(name, "must not be empty"));
        } else if (values.size() > MOST_VALUES) {
            errors.add(new ParameterError(name, "must have at most " + MOST_VALUES + " values"));
            return List.of();
        } else if (values.stream().anyMatch(value -> value.length() > LONGEST_VALUE)) {
            errors.add(new ParameterError(name, "must have values of at most " + LONGEST_VALUE + " characters"));
            return List.of();
        } else if (values.stream().anyMatch(value -> value.chars().anyMatch(Character::isISOControl))) {
            // PostgreSQL refuses a NUL in text outright; no id or name has a control character in it anyway
            errors.add(new ParameterError(name, "must not contain control characters"));
            return List.of();
        }
        return values;
    }

    /** The one value of a parameter that may be given once; null when it is not given (or given wrong). */
    private String single(String name) {
        known.add(name);
        List<String> raw = query.get(name);
        if (raw == null) {
            return null;
        }
        if (raw.size() > 1) {
            errors.add(new ParameterError(name, "must be given once"));
            return null;
        }
        String value = raw.get(0).trim();
        if (value.isEmpty()) {
            errors.add(new ParameterError(name, "must not be empty"));
            return null;
        }
        return value;
    }
}
