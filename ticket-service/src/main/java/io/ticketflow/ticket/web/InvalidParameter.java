package io.ticketflow.ticket.web;

/** A query parameter or header that cannot be read; answered as a 400 problem naming it. */
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
