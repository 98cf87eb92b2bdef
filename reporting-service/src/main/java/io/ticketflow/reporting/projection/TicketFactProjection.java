package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.wire.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Folds ticket events into {@code ticket_fact}, one statement batch per consumed batch. */
@Component
public class TicketFactProjection {

    // A ticket is opened once; should its first event come again under another id, the first one stands.
    // version counts the events folded into the row: TicketOpened is the first, so 1; an event that later
    // updates the row must add one, which keeps the count a check that a rebuild folded the same events.
    private static final String INSERT_OPENED = """
            insert into ticket_fact (ticket_id, type, priority, channel, status, tags, requester_organisation,
                                     opened_at, last_event_id, projected_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            on conflict (ticket_id) do nothing""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TicketFactProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void opened(List<Envelope<TicketOpened>> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(INSERT_OPENED, events, events.size(), (statement, envelope) -> {
            TicketOpened opened = envelope.payload();
            statement.setObject(1, opened.ticketId());
            statement.setString(2, name(opened.type()));
            statement.setString(3, name(opened.priority()));
            statement.setString(4, name(opened.channel()));
            statement.setString(5, TicketStatus.NEW.name());
            statement.setArray(6, statement.getConnection().createArrayOf("text", opened.tags().toArray()));
            statement.setString(7, opened.requester() == null ? null : opened.requester().organisation());
            statement.setTimestamp(8, Timestamp.from(opened.openedAt()));
            statement.setObject(9, envelope.eventId());
            statement.setTimestamp(10, now);
        });
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
