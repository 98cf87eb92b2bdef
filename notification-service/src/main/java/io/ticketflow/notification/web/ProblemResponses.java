package io.ticketflow.notification.web;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Map;

/**
 * Every refusal as {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, reason}}, as in the other services. Never a stack trace.
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


    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.getParameterName(), "is required"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.getName(), "must be a " + expected))));
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.parameter(), ex.getMessage()))));
    }

    /** Whatever else went wrong: a 500 problem without internals; the log names the class only. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
        LOG.error("request failed ({})", ex.getClass().getSimpleName());
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "the request could not be completed", List.of()));
    }

    public static ProblemDetail invalid(List<Map<String, String>> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors.isEmpty() ? "the request is invalid"
                : errors.get(0).get("field") + " " + errors.get(0).get("reason"), errors);
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason);
    }
}
