package io.ticketflow.reporting.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement built in pieces with its parameters kept in the same order as their placeholders, so a report can
 * repeat a filter in several subqueries of one statement. Only constants of this package go into the text;
 * every value from a request is a parameter.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql add(String fragment, Object... values) {
        text.append(fragment);
        for (Object value : values) {
            parameters.add(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
        return this;
    }

    /** {@code and <column> >= ? and <column> < ?}: the half-open period on one timestamp column. */
    Sql within(String column, Period period) {
        return add(" and " + column + " >= ? and " + column + " < ?", period.from(), period.to());
    }

    Sql filter(TicketFilter filter, String alias) {
        filter.appendTo(this, alias);
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A nullable number as a double: averages and percentiles, null when nothing was measured. */
    static Double decimal(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    static Long whole(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    /** {@code numerator / denominator} rounded to four places; null when the denominator is zero. */
    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(numerator * 10_000.0 / denominator) / 10_000.0;
    }
}
