package io.ticketflow.ticket.command;

/**
 * What a command does to a ticket, as far as its status is concerned. A message is three actions, because
 * who writes it and for whom decides where the ticket goes. Each action states, in words, the rule behind
 * its refusals, so a refused command tells the caller why and not only that.
 */
enum TicketAction {
    CATEGORIZE("categorize the ticket", null),
    CHANGE_TAGS("change the ticket's tags", null),
    CHANGE_PRIORITY("change the ticket's priority",
            "the priority drives SLA clocks, which stop at resolution; reopen the ticket first"),
    ASSIGN("assign the ticket", "a resolved ticket is no longer worked on; reopen it first"),
    UNASSIGN("unassign the ticket", "nobody is assigned to a new ticket yet"),
    AGENT_REPLY("reply to the ticket", null),
    REQUESTER_REPLY("reply to the ticket", null),
    INTERNAL_NOTE("add a note to the ticket", null),
    AWAIT_CUSTOMER("set the ticket to await the customer",
            "only a new, open or on-hold ticket can be set to await the customer"),
    PUT_ON_HOLD("put the ticket on hold", "only a new, open or pending ticket can be put on hold"),
    RESUME("resume the ticket", "only a ticket that is pending or on hold can be resumed; a resolved one is reopened"),
    RESOLVE("resolve the ticket", "the ticket is already resolved"),
    REOPEN("reopen the ticket", "only a resolved ticket can be reopened"),
    CLOSE("close the ticket", "only a resolved ticket can be closed, so that reporting knows how it ended; resolve it first"),
    ESCALATE("escalate the ticket", "a resolved ticket needs no escalation; reopen it first"),
    RATE("rate the ticket", "a ticket can be rated once it is resolved"),
    MERGE("merge the ticket", null),
    LINK("link the ticket", null),
    UNLINK("unlink the ticket", null);

    /** Why every action is refused on a closed ticket; the same for all, so it lives here once. */
    static final String CLOSED_IS_FINAL = "a closed ticket is final; open a new ticket instead";

    private final String phrase;
    private final String rule;

    TicketAction(String phrase, String rule) {
        this.phrase = phrase;
        this.rule = rule;
    }

    /** What the action does, as it reads after "cannot". */
    String phrase() {
        return phrase;
    }

    /** The rule that refuses this action in a status other than CLOSED; null when only CLOSED refuses it. */
    String rule() {
        return rule;
    }
}
