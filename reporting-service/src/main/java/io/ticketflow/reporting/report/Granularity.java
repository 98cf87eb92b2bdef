package io.ticketflow.reporting.report;

import java.time.Duration;

/**
 * The width of a time-series bucket, aligned in UTC (weeks start on Monday, as ISO weeks do), with the longest
 * period it may cover so that one request is at most about 750 buckets per group.
 */
public enum Granularity {

    HOUR("hour", Duration.ofDays(31)),
    DAY("day", Duration.ofDays(366)),
    WEEK("week", Duration.ofDays(5 * 366));

    private final String unit;
    private final Duration longest;

    Granularity(String unit, Duration longest) {
        this.unit = unit;
        this.longest = longest;
    }

    /** The longest period a report in these buckets may span. */
    public Duration longest() {
        return longest;
    }

    /** The {@code date_trunc} unit. */
    String unit() {
        return unit;
    }
}
