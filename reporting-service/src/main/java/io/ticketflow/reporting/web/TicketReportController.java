package io.ticketflow.reporting.web;

import io.ticketflow.reporting.projection.TicketFact;
import io.ticketflow.reporting.projection.TicketFacts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The facts of one ticket; a malformed id never reaches here (Spring answers 400 with a problem detail). */
@RestController
@RequestMapping("/api/reports/tickets")
class TicketReportController {

    private final TicketFacts facts;

    TicketReportController(TicketFacts facts) {
        this.facts = facts;
    }

    @GetMapping("/{ticketId}")
    TicketFact ticket(@PathVariable UUID ticketId) {
        return facts.find(ticketId).orElseThrow(() -> new TicketNotReportedException(ticketId));
    }
}
