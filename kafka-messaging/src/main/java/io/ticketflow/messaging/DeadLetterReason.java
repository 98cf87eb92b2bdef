package io.ticketflow.messaging;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.TimestampedException;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * The {@code ticketflow-dlt-reason} header: one line an operator understands without a stack trace,
 * naming the failure itself rather than the listener plumbing that wrapped it.
 */
final class DeadLetterReason {

    /** Kafka headers are not meant for essays; the full stack trace travels in Spring's own headers. */
    private static final int MAX_LENGTH = 1000;

    private DeadLetterReason() {
    }

    static String of(Throwable failure) {
        Throwable cause = unwrap(failure);
        String reason;
        if (cause instanceof DeserializationException unreadable) {
            reason = "unreadable value: " + message(unreadable.getCause() == null ? unreadable : unreadable.getCause());
        } else if (cause instanceof InvalidEnvelopeException invalid) {
            reason = "invalid envelope: " + message(invalid);
        } else {
            reason = cause.getClass().getSimpleName() + ": " + message(cause);
        }
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** The failure's type, without its message: safe for a log line. */
    static String kind(Throwable failure) {
        return unwrap(failure).getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && isWrapper(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isWrapper(Throwable failure) {
        return failure instanceof ListenerExecutionFailedException
                || failure instanceof BatchListenerFailedException
                || failure instanceof TimestampedException;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
