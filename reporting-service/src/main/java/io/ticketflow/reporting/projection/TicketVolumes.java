package io.ticketflow.reporting.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads {@code ticket_volume_hourly}. */
@Component
public class TicketVolumes {

    private final JdbcTemplate jdbc;

    public TicketVolumes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The buckets whose hour starts in {@code [from, to)}, by hour, then by type, channel and priority. */
    public List<HourlyVolume> between(Instant from, Instant to) {
        return jdbc.query("""
                        select hour, type, channel, priority, opened from ticket_volume_hourly
                        where hour >= ? and hour < ?
                        order by hour, type, channel, priority""",
                TicketVolumes::volume, utc(from), utc(to));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static HourlyVolume volume(ResultSet row, int rowNumber) throws SQLException {
        return new HourlyVolume(
                row.getObject("hour", OffsetDateTime.class).toInstant(),
                row.getString("type"),
                row.getString("channel"),
                row.getString("priority"),
                row.getInt("opened"));
    }
}
