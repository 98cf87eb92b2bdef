package io.ticketflow.ticket.web;

import io.ticketflow.ticket.projection.TicketPage;
import io.ticketflow.ticket.projection.TicketSearch;
import io.ticketflow.ticket.projection.TicketSearchRepository;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ticket list agents and supervisors work from: filters, free text, paging and sorting over the read
 * model. The parameters are read by {@link TicketSearchParameters}.
 */
@RestController
@RequestMapping("/api/tickets")
public class TicketSearchController {

    private final TicketSearchRepository tickets;

    TicketSearchController(TicketSearchRepository tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    public TicketPage search(@RequestParam MultiValueMap<String, String> parameters) {
        TicketSearch search = TicketSearchParameters.parse(parameters);
        // Identities seam: today every caller is an agent (there is no authentication yet). When the gateway
        // issue brings verified identities, a caller who is a requester (customer) must see only their own
        // tickets: take an Actor/identity parameter here and search search.onlyRequestedBy(<their verified
        // email>) instead, which replaces any requester filter they sent. Agents keep their filters.
        return tickets.search(search);
    }
}
