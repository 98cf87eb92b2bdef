package io.ticketflow.routing.web;

import io.ticketflow.routing.rules.InvalidRules;
import io.ticketflow.routing.rules.RuleNotFound;
import io.ticketflow.routing.rules.StaleRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal of the rules API as {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, reason}}. Scoped to the rules controller, and first among advices for it, so it answers the
 * same whatever else the service's REST layer grows.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = RoutingRulesController.class)
class RoutingRuleProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingRuleProblems.class);

    @ExceptionHandler(InvalidRules.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRules ex) {
        List<Map<String, String>> errors = ex.violations().stream()
                .map(violation -> fieldError(violation.field(), violation.reason())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid routing rules",
                errors.stream().map(e -> e.get("field") + " " + e.get("reason")).collect(Collectors.joining("; ")),
                errors));
    }

    @ExceptionHandler(RuleNotFound.class)
    ResponseEntity<ProblemDetail> notFound(RuleNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Routing rule not found", ex.getMessage(), List.of());
        problem.setProperty("ruleId", ex.ruleId());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The version came from {@code If-Match}, or else from the body's {@code version} (replacing the set). */
    @ExceptionHandler(StaleRuleSet.class)
    ResponseEntity<ProblemDetail> stale(StaleRuleSet ex, WebRequest request) {
        String field = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpHeaders.IF_MATCH : "version";
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Rule set changed meanwhile", ex.getMessage(),
                List.of(fieldError(field, "names version " + ex.expectedVersion()
                        + ", the set is at " + ex.currentVersion())));
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(RuleSetVersions.entityTag(ex.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler(RuleSetVersions.InvalidHeader.class)
    ResponseEntity<ProblemDetail> invalidHeader(RuleSetVersions.InvalidHeader ex) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                ex.header() + " " + ex.getMessage(), List.of(fieldError(ex.header(), ex.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathVariable(MethodArgumentTypeMismatchException ex) {
        String reason = "must be a " + (ex.getRequiredType() == null ? "valid value" : ex.getRequiredType().getSimpleName());
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                ex.getName() + " " + reason, List.of(fieldError(ex.getName(), reason))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? path(jackson) : null;
        String reason = field == null ? "the body is missing or not valid JSON"
                : ex.getCause() instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : "has an invalid value";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                field == null ? reason : field + " " + reason,
                field == null ? List.of() : List.of(fieldError(field, reason))));
    }

    /** The last resort: a problem without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        LOG.error("unexpected failure answering a routing rules request", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error", "the request could not be completed", List.of()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason);
    }

    private static String path(JacksonException ex) {
        String path = ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }
}
