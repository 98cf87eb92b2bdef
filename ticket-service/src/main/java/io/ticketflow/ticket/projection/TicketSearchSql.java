package io.ticketflow.ticket.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL of a {@link TicketSearch}: the page and the count share one WHERE clause. The text is assembled
 * only from the constant fragments of {@link TicketCondition} and {@link TicketSort}; every value, including
 * paging, is a bind parameter.
 */
final class TicketSearchSql {

    static final String COLUMNS = "ticket_id, subject, status, priority, type, channel, assignee_id, team_id,"
            + " requester_email, requester_organisation, tags, escalation_level, opened_at, updated_at";

    private TicketSearchSql() {
    }

    record Statement(String sql, List<Object> parameters) {
        Object[] arguments() {
            return parameters.toArray();
        }
    }

    static Statement count(TicketSearch search) {
        Statement where = where(search.conditions());
        return new Statement("SELECT count(*) FROM ticket_view" + where.sql(), where.parameters());
    }

    /**
     * The ticket id breaks ties in the direction of the last ordering, so that a descending order can read
     * the (opened_at, ticket_id) index backwards, and pages never overlap or skip rows that compare equal.
     */
    static Statement page(TicketSearch search) {
        Statement where = where(search.conditions());
        List<Object> parameters = new ArrayList<>(where.parameters());
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        for (TicketSort sort : search.sort()) {
            order.add(sort.field().sql() + direction(sort));
            parameters.addAll(sort.field().parameters());
        }
        order.add("ticket_id" + direction(search.sort().get(search.sort().size() - 1)));
        parameters.add(search.size());
        parameters.add(search.offset());
        return new Statement("SELECT " + COLUMNS + " FROM ticket_view" + where.sql() + order + " LIMIT ? OFFSET ?",
                parameters);
    }

    private static Statement where(List<TicketCondition> conditions) {
        if (conditions.isEmpty()) {
            return new Statement("", List.of());
        }
        StringJoiner sql = new StringJoiner(" AND ", " WHERE ", "");
        List<Object> parameters = new ArrayList<>();
        for (TicketCondition condition : conditions) {
            sql.add(condition.sql());
            parameters.addAll(condition.parameters());
        }
        return new Statement(sql.toString(), parameters);
    }

    private static String direction(TicketSort sort) {
        return sort.descending() ? " DESC" : " ASC";
    }
}
