package io.ticketflow.reporting.projection;

import java.time.Instant;

/**
 * How many tickets of one type, channel and priority were opened in one hour.
 *
 * @param hour start of the hour, UTC
 */
public record HourlyVolume(Instant hour, String type, String channel, String priority, int opened) {
}
