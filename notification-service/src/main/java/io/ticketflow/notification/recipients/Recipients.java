package io.ticketflow.notification.recipients;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** The {@code recipient_*} tables: written by {@link RecipientProjection}, read when deciding and sending mail. */
@Repository
public class Recipients {

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TicketRecipients> ticket(UUID ticketId) {
        return jdbc.query("""
                select ticket_id, requester_email, requester_name, language, subject, assignee_agent_id, team_id, status
                from recipient_ticket where ticket_id = ?""", (rs, row) -> new TicketRecipients(
                rs.getObject("ticket_id", UUID.class),
                new Contact(rs.getString("requester_email"), rs.getString("requester_name")),
                rs.getString("language"), rs.getString("subject"), rs.getString("assignee_agent_id"),
                rs.getString("team_id"), rs.getString("status")), ticketId).stream().findFirst();
    }

    /** The team's supervisor; empty for a team without one or one not defined yet. */
    public Optional<String> supervisorOf(String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select supervisor_agent_id from recipient_team where team_id = ?", String.class,
                teamId).stream().filter(id -> id != null).findFirst();
    }

    /** Where mail for a recipient reference goes; empty when the reference is unknown or has no address. */
    public Optional<Contact> contact(String reference) {
        return RecipientReference.parse(reference).flatMap(ref -> ref.kind() == RecipientReference.Kind.REQUESTER
                ? ticket(UUID.fromString(ref.id())).map(TicketRecipients::requester)
                : jdbc.query("select email, display_name from recipient_agent where agent_id = ?",
                        (rs, row) -> new Contact(rs.getString("email"), rs.getString("display_name")), ref.id())
                        .stream().findFirst()).filter(contact -> contact.email() != null && !contact.email().isBlank());
    }

    void opened(UUID ticketId, Contact requester, String language, String subject) {
        jdbc.update("""
                insert into recipient_ticket (ticket_id, requester_email, requester_name, language, subject, status)
                values (?, ?, ?, ?, ?, 'NEW')
                on conflict (ticket_id) do nothing""", ticketId, requester.email(), requester.name(), language,
                subject);
    }

    void assigned(UUID ticketId, String agentId, String teamId) {
        jdbc.update("update recipient_ticket set assignee_agent_id = ?, team_id = coalesce(?, team_id)"
                + " where ticket_id = ?", agentId, teamId, ticketId);
    }

    void status(UUID ticketId, String status) {
        jdbc.update("update recipient_ticket set status = ? where ticket_id = ?", status, ticketId);
    }

    void agent(String agentId, Contact contact) {
        jdbc.update("""
                insert into recipient_agent (agent_id, email, display_name) values (?, ?, ?)
                on conflict (agent_id) do update set email = excluded.email, display_name = excluded.display_name""",
                agentId, contact.email(), contact.name());
    }

    void team(String teamId, String supervisorAgentId) {
        jdbc.update("""
                insert into recipient_team (team_id, supervisor_agent_id) values (?, ?)
                on conflict (team_id) do update set supervisor_agent_id = excluded.supervisor_agent_id""",
                teamId, supervisorAgentId);
    }
}
