package io.ticketflow.routing.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.routing.roster.AlreadyInRoster;
import io.ticketflow.routing.roster.NotInRoster;
import io.ticketflow.routing.roster.RosterViolation;
import io.ticketflow.routing.roster.StaleVersion;
import io.ticketflow.routing.rules.InvalidRules;
import io.ticketflow.routing.rules.RuleNotFound;
import io.ticketflow.routing.rules.StaleRuleSet;
import io.ticketflow.web.InvalidParameter;
import io.ticketflow.web.JsonFieldPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
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
 * Every refusal as {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, reason}}, as in ticket-service: a client can show the message next to the right input.
 * Never a stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? JsonFieldPath.of(jackson) : null;
        String reason = field == null ? "the body is missing or not valid JSON"
                : ex.getCause() instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : "has an invalid value";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                field == null ? reason : field + " " + reason,
                field == null ? List.of() : List.of(fieldError(field, reason))));
    }

    @ExceptionHandler(InvalidRules.class)
    ResponseEntity<ProblemDetail> invalidRules(InvalidRules ex) {
        return ResponseEntity.badRequest().body(invalid(ex.violations().stream()
                .map(violation -> fieldError(violation.field(), violation.reason())).toList()));
    }

    @ExceptionHandler(RuleNotFound.class)
    ResponseEntity<ProblemDetail> ruleNotFound(RuleNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Routing rule not found", ex.getMessage(), List.of());
        problem.setProperty("ruleId", ex.ruleId());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The version came from {@code If-Match}, or else from the body's {@code version} (replacing the set). */
    @ExceptionHandler(StaleRuleSet.class)
    ResponseEntity<ProblemDetail> staleRuleSet(StaleRuleSet ex, WebRequest request) {
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
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.header(), ex.getMessage()))));
    }

    @ExceptionHandler(RosterViolation.class)
    ResponseEntity<ProblemDetail> rosterViolation(RosterViolation ex) {
        return ResponseEntity.badRequest().body(invalid(ex.violations().stream()
                .map(violation -> fieldError(violation.field(), violation.reason())).toList()));
    }

    @ExceptionHandler(ActionForbidden.class)
    ResponseEntity<ProblemDetail> forbidden(ActionForbidden ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Action not allowed", ex.getMessage(), List.of());
        problem.setProperty("action", ex.action());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.parameter(), ex.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException ex) {
        String reason = "must be a " + (ex.getRequiredType() == null ? "valid value" : ex.getRequiredType().getSimpleName());
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.getName(), reason))));
    }

    @ExceptionHandler(NotInRoster.class)
    ResponseEntity<ProblemDetail> notFound(NotInRoster ex) {
        String kind = Character.toUpperCase(ex.kind().charAt(0)) + ex.kind().substring(1);
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, kind + " not found", ex.getMessage(), List.of());
        problem.setProperty(ex.kind() + "Id", ex.id());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(AlreadyInRoster.class)
    ResponseEntity<ProblemDetail> alreadyExists(AlreadyInRoster ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Already exists",
                ex.getMessage(), List.of(fieldError(ex.field(), "is taken"))));
    }

    /** The change was based on an older read; the current version tells the client what to read again. */
    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersion ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed meanwhile", ex.getMessage(),
                List.of(fieldError("version", "is not the current version " + ex.currentVersion())));
        problem.setProperty("version", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Versions.etag(ex.currentVersion())).body(problem);
    }

    /** The last resort: a problem without internals; the log line carries the correlation id to find it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        LOG.error("unexpected failure answering a request", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error", "the request could not be completed; quote the X-Correlation-Id to support",
                List.of()));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(e -> e.get("field") + " " + e.get("reason")).collect(Collectors.joining("; ")),
                errors);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason == null ? "is invalid" : reason);
    }
}
