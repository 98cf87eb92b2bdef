package io.ticketflow.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.UUID;

/**
 * No fact for this ticket: it does not exist, or its events have not been projected yet. Answered as a 404
 * problem detail that names the ticket.
 */
class TicketNotReportedException extends ErrorResponseException {

    TicketNotReportedException(UUID ticketId) {
        super(HttpStatus.NOT_FOUND, problem(ticketId), null);
    }

    private static ProblemDetail problem(UUID ticketId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Reporting has no facts for ticket " + ticketId);
        problem.setTitle("Ticket not reported");
        problem.setInstance(URI.create("/api/reports/tickets/" + ticketId));
        problem.setProperty("ticketId", ticketId.toString());
        return problem;
    }
}
