package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.Dimension;
import io.ticketflow.reporting.report.Period;
import io.ticketflow.reporting.report.TicketFact;
import io.ticketflow.reporting.report.TicketFacts;
import io.ticketflow.reporting.report.TicketFilter;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The fact table: pages of tickets and one ticket. A malformed id never reaches here ({@link ProblemResponses}
 * answers it 400).
 */
@RestController
@RequestMapping(value = "/api/reports/tickets", produces = {MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV_VALUE})
class TicketReportController {

    static final int LARGEST_PAGE = 500;
    /** Deeper pages mean skipping millions of rows; narrow the filters or the period instead. */
    static final int LAST_PAGE = 10_000;

    private final TicketFacts facts;

    TicketReportController(TicketFacts facts) {
        this.facts = facts;
    }

    @GetMapping
    TicketFacts.TicketPage tickets(@RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Period opened = parameters.optionalPeriod();
        TicketFilter filter = parameters.filter(Dimension.values());
        int page = parameters.number("page", 0, 0, LAST_PAGE);
        int size = parameters.number("size", 50, 1, LARGEST_PAGE);
        parameters.check();
        return facts.page(opened, filter, page, size);
    }

    @GetMapping("/{ticketId}")
    TicketFact ticket(@PathVariable UUID ticketId) {
        return facts.find(ticketId).orElseThrow(() -> new TicketNotReportedException(ticketId));
    }
}
