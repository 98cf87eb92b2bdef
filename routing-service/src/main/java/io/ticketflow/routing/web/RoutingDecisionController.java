package io.ticketflow.routing.web;

import io.ticketflow.routing.assignment.RoutingDecisions;
import io.ticketflow.routing.assignment.RoutingDecisions.RecordedDecision;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Why a ticket went where it went: every routing decision about it, oldest first, with the rule that
 * matched, each candidate with load, capacity, skill score and why it was or was not eligible, and the
 * one-line explanation that travelled in {@code TicketAssigned}.
 */
@RestController
@RequestMapping("/api/routing/decisions")
public class RoutingDecisionController {

    private final RoutingDecisions decisions;

    RoutingDecisionController(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/{ticketId}")
    public ResponseEntity<?> decisions(@PathVariable UUID ticketId) {
        List<RecordedDecision> found = decisions.of(ticketId);
        if (found.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "routing has made no decision about ticket " + ticketId);
            problem.setTitle("No routing decision");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok(new Decisions(ticketId, found));
    }

    public record Decisions(UUID ticketId, List<RecordedDecision> decisions) {
    }
}
