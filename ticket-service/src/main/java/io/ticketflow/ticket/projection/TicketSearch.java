package io.ticketflow.ticket.projection;

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
     * The same search narrowed to one requester's tickets, whatever requester filter it had. The seam for
     * identities: a requester lists only their own tickets (see {@code TicketSearchController}).
     */
    public TicketSearch onlyRequestedBy(String email) {
        List<TicketCondition> narrowed = new ArrayList<>(conditions.size() + 1);
        conditions.stream()
                .filter(c -> !(c instanceof TicketCondition.AnyOf anyOf
                        && anyOf.field() == TicketCondition.AnyOf.Field.REQUESTER_EMAIL))
                .forEach(narrowed::add);
        narrowed.add(TicketCondition.AnyOf.of(TicketCondition.AnyOf.Field.REQUESTER_EMAIL, email));
        return new TicketSearch(narrowed, sort, page, size);
    }
}
