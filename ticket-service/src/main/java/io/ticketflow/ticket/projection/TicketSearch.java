package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of the ticket list: every condition must hold (AND), ordered by {@code sort} and then by ticket id.
 *
 * @param sort empty means the default, newest first
 * @param page 0-based
 * @param size rows per page, at least 1
 */
public record TicketSearch(List<TicketCondition> conditions, List<TicketSort> sort, int page, int size) {

    public static final List<TicketSort> DEFAULT_SORT = List.of(TicketSort.descending(TicketSort.Field.OPENED_AT));

    public TicketSearch {
        conditions = List.copyOf(conditions);
        sort = sort.isEmpty() ? DEFAULT_SORT : List.copyOf(sort);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    long offset() {
        return (long) page * size;
    }

    /**
     * The same search narrowed to one requester's tickets: those they opened themselves, and those staff or a
     * system opened with their email as the requester's (the rule of ticket-service's {@code TicketOwnership}).
     * Their own filters narrow it further, a requester filter included.
     *
     * @param email the verified email of the requester; null when their token has none
     */
    public TicketSearch onlyRequestedBy(Actor requester, String email) {
        List<TicketCondition> narrowed = new ArrayList<>(conditions);
        narrowed.add(new TicketCondition.RequestedBy(requester, email));
        return new TicketSearch(narrowed, sort, page, size);
    }
}
