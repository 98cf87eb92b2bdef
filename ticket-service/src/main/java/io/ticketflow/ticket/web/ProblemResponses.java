package io.ticketflow.ticket.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.config.AttachmentProperties;
import io.ticketflow.web.InvalidParameter;
import io.ticketflow.web.JsonFieldPath;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every refusal as {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, reason}}: a client can show the message next to the right input. Never a stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final EventStore events;
    private final long maxAttachmentBytes;

    ProblemResponses(EventStore events, AttachmentProperties attachments) {
        this.events = events;
        this.maxAttachmentBytes = attachments.maxSize().toBytes();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(e -> e.get("field") + " " + e.get("reason")).collect(Collectors.joining("; ")),
                errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException jackson ? JsonFieldPath.of(jackson) : null;
        String reason = field == null ? "the body is missing or not valid JSON"
                : ex.getCause() instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : "has an invalid value";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                field == null ? reason : field + " " + reason,
                field == null ? List.of() : List.of(fieldError(field, reason)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** The servlet container stopped reading an upload at {@code ticketflow.attachments.max-size}. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(attachmentTooLarge());
    }

    @ExceptionHandler(AttachmentTooLarge.class)
    ResponseEntity<ProblemDetail> attachmentTooLarge(AttachmentTooLarge ex) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(attachmentTooLarge());
    }

    private ProblemDetail attachmentTooLarge() {
        String reason = "must be at most " + maxAttachmentBytes + " bytes";
        String field = AttachmentController.FILE_PART;
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Attachment too large", field + " " + reason,
                List.of(fieldError(field, reason)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                ex.getRequestPartName() + " is required", List.of(fieldError(ex.getRequestPartName(), "is required"))));
    }

    /** A multipart body that cannot be parsed (truncated, no boundary); oversized ones are handled above. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "the body is not a readable multipart/form-data request", List.of()));
    }

    @ExceptionHandler(AttachmentNotFound.class)
    ResponseEntity<ProblemDetail> attachmentNotFound(AttachmentNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Attachment not found", ex.getMessage(), List.of());
        problem.setProperty("ticketId", ex.ticketId());
        problem.setProperty("attachmentId", ex.attachmentId());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(TicketRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(TicketRuleViolation ex) {
        List<Map<String, String>> errors = ex.field() == null ? List.of() : List.of(fieldError(ex.field(), ex.getMessage()));
        HttpStatus status = ex.field() == null ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(problem(status, "Refused by the ticket's rules", ex.getMessage(), errors));
    }

    @ExceptionHandler(TicketNotFound.class)
    ResponseEntity<ProblemDetail> notFound(TicketNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Ticket not found", ex.getMessage(), List.of());
        problem.setProperty("ticketId", ex.ticketId());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A command for a ticket the event store has never heard of. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> noSuchTicket(AggregateNotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Ticket not found",
                "ticket " + ex.getAggregateIdentifier() + " not found", List.of());
        problem.setProperty("ticketId", ex.getAggregateIdentifier());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** Who the caller is forbids the action whatever the ticket's state: 403, naming the action. */
    @ExceptionHandler(ActionForbidden.class)
    ResponseEntity<ProblemDetail> forbidden(ActionForbidden ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Action not allowed", ex.getMessage(), List.of());
        problem.setProperty("action", ex.action());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter ex) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                ex.parameter() + " " + ex.getMessage(), List.of(fieldError(ex.parameter(), ex.getMessage()))));
    }

    @ExceptionHandler(IdempotencyKeys.KeyReused.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeys.KeyReused ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Idempotency key reused",
                ex.getMessage(), List.of(fieldError(IdempotencyKeys.HEADER, "was used with a different request"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException ex) {
        String reason = "must be a " + (ex.getRequiredType() == null ? "valid value" : ex.getRequiredType().getSimpleName());
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                ex.getName() + " " + reason, List.of(fieldError(ex.getName(), reason))));
    }

    /**
     * Two commands appended to one ticket at the same time; the store's unique (aggregate, sequence) let one
     * win. {@code AggregateStreamCreationException} is the same race on a ticket's first event (two opens
     * with one id), and is not a subclass of {@code ConcurrencyException} in Axon 4.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Concurrent change",
                "the ticket was changed by another request at the same time; read it again and retry", List.of());
        // the version that won, so the client knows what to read before it retries
        ticketIdOf(request).ifPresent(ticketId -> {
            problem.setProperty("ticketId", ticketId);
            events.lastSequenceNumberFor(ticketId.toString()).ifPresent(version -> problem.setProperty("version", version));
        });
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @SuppressWarnings("unchecked")
    private static Optional<UUID> ticketIdOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String ticketId = variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("ticketId") : null;
        try {
            return Optional.ofNullable(ticketId).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The last resort: a problem without internals; the log line carries the correlation id to find it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        LOG.error("unexpected failure answering a request", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error", "the request could not be completed; quote the X-Correlation-Id to support",
                List.of()));
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
