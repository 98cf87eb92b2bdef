package io.ticketflow.reporting.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code ticket_fact}. */
@Component
public class TicketFacts {

    private final JdbcTemplate jdbc;

    public TicketFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TicketFact> find(UUID ticketId) {
        return jdbc.query("select * from ticket_fact where ticket_id = ?", TicketFacts::fact, ticketId)
                .stream().findFirst();
    }

    private static TicketFact fact(ResultSet row, int rowNumber) throws SQLException {
        return new TicketFact(
                row.getObject("ticket_id", UUID.class),
                row.getString("type"),
                row.getString("priority"),
                row.getString("channel"),
                row.getString("status"),
                tags(row),
                row.getString("requester_organisation"),
                row.getTimestamp("opened_at").toInstant(),
                row.getObject("last_event_id", UUID.class),
                row.getTimestamp("projected_at").toInstant(),
                row.getLong("version"));
    }

    private static List<String> tags(ResultSet row) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) row.getArray("tags").getArray()));
    }
}
