package io.ticketflow.ticket.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.security.Caller;
import io.ticketflow.ticket.projection.TicketPage;
import io.ticketflow.ticket.projection.TicketSearch;
import io.ticketflow.ticket.projection.TicketSearchRepository;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ticket list agents and supervisors work from, and requesters see their own tickets in: filters, free text, paging and sorting over the read
 * model. The parameters are read by {@link TicketSearchParameters}.
 */
@RestController
@RequestMapping("/api/tickets")
public class TicketSearchController {

    private final TicketSearchRepository tickets;

    TicketSearchController(TicketSearchRepository tickets) {
        this.tickets = tickets;
    }

    /** A requester lists only their own tickets (as {@link TicketOwnership} decides), whatever they filter by. */
    @GetMapping
    @OpenToRequesters
    public TicketPage search(@Parameter(in = ParameterIn.QUERY, style = ParameterStyle.FORM, explode = Explode.TRUE,
            description = "Filters, each repeatable (any value matches): status, priority, type, channel, assignee,"
                    + " team, requester, organisation, tag; openedAfter, openedBefore (ISO-8601 instants); q (free"
                    + " text); page, size (at most 100), sort (e.g. sort=priority,desc). Unknown names are a 400.",
            required = false)
            @RequestParam MultiValueMap<String, String> parameters, Actor actor, Caller caller) {
        TicketSearch search = TicketSearchParameters.parse(parameters);
        return tickets.search(caller.isRequester() ? search.onlyRequestedBy(actor, caller.email()) : search);
    }
}
