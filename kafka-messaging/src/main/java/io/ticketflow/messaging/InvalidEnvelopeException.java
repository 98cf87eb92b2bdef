package io.ticketflow.messaging;

/**
 * A record that cannot be a Ticketflow message: a required header is missing or malformed, or it has no
 * value. Retrying cannot fix it, so the error handler dead-letters it at once.
 */
public class InvalidEnvelopeException extends RuntimeException {

    public InvalidEnvelopeException(String message) {
        super(message);
    }

    public InvalidEnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
