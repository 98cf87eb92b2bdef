package io.ticketflow.launcher.token;

/** The identity-server answered something the flow did not expect: the message says what, never a secret. */
public final class TokenFlowException extends RuntimeException {
    public TokenFlowException(String message) {
        super(message);
    }

    public TokenFlowException(String message, Throwable cause) {
        super(message, cause);
    }
}
