package io.ticketflow.web;

/**
 * A query parameter, header or body field this request cannot take. Each service's problem handler answers it
 * as a 400 {@code application/problem+json} naming {@link #parameter()} and the reason (the message).
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
