package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.AlreadyRetired;
import io.ticketflow.sla.agreement.DefinitionNotFound;
import io.ticketflow.sla.agreement.DefinitionTaken;
import io.ticketflow.sla.agreement.InvalidDefinition;
import io.ticketflow.sla.agreement.StaleDefinition;
import io.ticketflow.sla.agreement.VersionRequired;
import io.ticketflow.web.JsonFieldPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Every refusal as {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, reason}}, as in ticket-service and routing-service: a client can show each message next to the
 * right input. Never a stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? JsonFieldPath.of(jackson) : null;
        String reason = field == null ? "the body is missing or not valid JSON"
                : ex.getCause() instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : "has a value of the wrong type";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                field == null ? reason : field + " " + reason,
                field == null ? List.of() : List.of(fieldError(field, reason))));
    }

    @ExceptionHandler(InvalidDefinition.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDefinition ex) {
        return ResponseEntity.badRequest().body(invalid(ex.violations().stream()
                .map(violation -> fieldError(violation.field(), violation.reason())).toList()));
    }

    @ExceptionHandler(Versions.InvalidHeader.class)
    ResponseEntity<ProblemDetail> invalidHeader(Versions.InvalidHeader ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.header(), ex.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException ex) {
        String reason = "must be " + (ex.getRequiredType() == int.class ? "a whole number" : "a valid value");
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.getName(), reason))));
    }

    @ExceptionHandler(DefinitionNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DefinitionNotFound ex) {
        String noun = ex.kind().noun();
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND,
                Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " not found", ex.getMessage(), List.of());
        problem.setProperty(ex.kind().idField(), ex.id());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(DefinitionTaken.class)
    ResponseEntity<ProblemDetail> taken(DefinitionTaken ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Already exists",
                ex.getMessage(), List.of(fieldError("id", "is taken"))));
    }

    @ExceptionHandler(AlreadyRetired.class)
    ResponseEntity<ProblemDetail> alreadyRetired(AlreadyRetired ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Versions.etag(ex.version())).body(problem(
                HttpStatus.CONFLICT, "Already retired", ex.getMessage(), List.of()));
    }

    @ExceptionHandler(Versions.PreconditionRequired.class)
    ResponseEntity<ProblemDetail> preconditionRequired(Versions.PreconditionRequired ex) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(preconditionRequired(ex.getMessage()));
    }

    /** A change without {@code If-Match} that would replace a current version; its {@code ETag} says which. */
    @ExceptionHandler(VersionRequired.class)
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired ex) {
        ProblemDetail problem = preconditionRequired("is required: " + ex.getMessage());
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).eTag(Versions.etag(ex.currentVersion()))
                .body(problem);
    }

    /** The change was based on an older read; the current version tells the client what to read again. */
    @ExceptionHandler(StaleDefinition.class)
    ResponseEntity<ProblemDetail> stale(StaleDefinition ex) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", ex.getMessage(),
                List.of(fieldError(Versions.IF_MATCH, "names version " + ex.expectedVersion()
                        + ", the current one is " + ex.currentVersion())));
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(Versions.etag(ex.currentVersion()))
                .body(problem);
    }

    /** The last resort: a problem without internals; the log has the cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        LOG.error("unexpected failure answering a request", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error", "the request could not be completed", List.of()));
    }

    private static ProblemDetail preconditionRequired(String reason) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "Precondition required", Versions.IF_MATCH + " " + reason,
                List.of(fieldError(Versions.IF_MATCH, reason)));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(e -> e.get("field") + " " + e.get("reason")).collect(Collectors.joining("; ")),
                errors);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason == null ? "is invalid" : reason);
    }
}
