package io.ticketflow.routing.roster;

/** A creation under an id that is taken. */
public class AlreadyInRoster extends RuntimeException {

    private final String field;

    AlreadyInRoster(String kind, String field, String id) {
        super(kind + " " + id + " exists already");
        this.field = field;
    }

    /** The request field that carried the id. */
    public String field() {
        return field;
    }
}
