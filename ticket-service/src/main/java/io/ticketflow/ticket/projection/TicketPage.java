package io.ticketflow.ticket.projection;

import java.util.List;

/** One page of the ticket list and where it lies in the whole result. */
public record TicketPage(List<TicketSummary> items, int page, int size, long totalElements, long totalPages) {

    static TicketPage of(List<TicketSummary> items, TicketSearch search, long totalElements) {
        return new TicketPage(List.copyOf(items), search.page(), search.size(), totalElements,
                (totalElements + search.size() - 1) / search.size());
    }
}
