package io.ticketflow.routing.web;

/** A query parameter, header or body field this request cannot take; answered as a 400 problem naming it. */
class InvalidParameter extends RuntimeException {
    private final String parameter;

    InvalidParameter(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
