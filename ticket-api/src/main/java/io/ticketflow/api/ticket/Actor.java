package io.ticketflow.api.ticket;

/**
 * Who did something to a ticket. The id is a reference (an agent id, a customer account id, or the name of
 * a service such as {@code routing-service}), never an email address, so events stay free of contact data.
 *
 * @param kind the kind of party
 * @param id   the party's id within its kind
 */
public record Actor(ActorKind kind, String id) {

    public static Actor customer(String id) {
        return new Actor(ActorKind.CUSTOMER, id);
    }

    public static Actor agent(String id) {
        return new Actor(ActorKind.AGENT, id);
    }

    public static Actor system(String id) {
        return new Actor(ActorKind.SYSTEM, id);
    }
}
