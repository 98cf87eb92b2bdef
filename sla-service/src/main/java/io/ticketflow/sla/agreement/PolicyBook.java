package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The policies and calendars as the clocks see them: which policy covered a ticket at an instant, which calendar a
 * team worked in, and exact versions by number. Answers depend only on the stored versions and the instant asked about, never on when
 * the question is asked, which is what makes a replay come out the same.
 */
public interface PolicyBook {

    /** The policy version, among those in effect at {@code at}, that covers a ticket with these facts. */
    Optional<SlaPolicy> covering(TicketType type, Priority priority, String organisation, Instant at);

    /** One version of a policy; it exists because a clock recorded it. */
    SlaPolicy policy(String id, int version);

    /** The version of a calendar in effect at {@code at}; {@link BusinessCalendar#ALWAYS} for a null id. */
    BusinessCalendar calendarAt(String calendarId, Instant at);

    /**
     * The calendar of team {@code teamId} at {@code at}: the calendar the team's version in effect then names, in
     * that calendar's version in effect then; empty for a null id and a team without a calendar at {@code at}.
     */
    Optional<BusinessCalendar> teamCalendarAt(String teamId, Instant at);

    /** One version of a calendar; {@link BusinessCalendar#ALWAYS} for a null id. */
    BusinessCalendar calendar(String id, int version);

    /**
     * Catches up with versions written since the last look (by another instance, say); called before each batch
     * of work, so a batch sees one consistent set of versions. A book that cannot change has nothing to do.
     */
    default void refreshIfChanged() {
    }
}
