package io.ticketflow.notification.webhook;

import io.ticketflow.notification.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The webhook API's own refusals. Ordered first: Spring asks advice beans in order and the shared
 * {@link ProblemResponses} answers any RuntimeException, so it would otherwise turn these into 500s.
 */
@RestControllerAdvice(assignableTypes = WebhookController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookProblems {

    @ExceptionHandler(InvalidWebhook.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWebhook ex) {
        return ResponseEntity.badRequest().body(ProblemResponses.invalid(ex.errors()));
    }

    @ExceptionHandler(WebhookNotFound.class)
    ResponseEntity<ProblemDetail> notFound(WebhookNotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.problem(HttpStatus.NOT_FOUND,
                "Not found", ex.getMessage(), List.of()));
    }
}
