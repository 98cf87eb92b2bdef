package io.ticketflow.reporting.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code [from, to)} a report covers, checked before any query runs. Parameters arrive as strings so
 * that every way they can be wrong is answered here, in one problem listing all of them, rather than by
 * whichever converter fails first.
 */
record ReportPeriod(Instant from, Instant to) {

    /** A month of hourly buckets is at most 31 × 24 rows per combination of dimensions: bounded work. */
    static final Duration LONGEST = Duration.ofDays(31);

    // PostgreSQL's timestamptz and java.sql types cannot hold every Instant; out of range would be a 500
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static ReportPeriod parse(String from, String to) {
        List<InvalidReportParametersException.ParameterError> errors = new ArrayList<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                errors.add(new InvalidReportParametersException.ParameterError("to", "must be after from"));
            } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                errors.add(new InvalidReportParametersException.ParameterError("to",
                        "must be at most " + LONGEST.toDays() + " days after from"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidReportParametersException(errors);
        }
        return new ReportPeriod(start, end);
    }

    private static Instant instant(String field, String value,
                                   List<InvalidReportParametersException.ParameterError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidReportParametersException.ParameterError(field, "is required"));
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidReportParametersException.ParameterError(field,
                    "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z"));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            errors.add(new InvalidReportParametersException.ParameterError(field, "must be in the years 1 to 9999"));
            return null;
        }
        return instant;
    }
}
