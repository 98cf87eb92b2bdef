package io.ticketflow.ticket.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tag change actually changes: tags to add that the ticket lacks, tags to remove that it has. The
 * event records only those, so two agents tagging at once do not undo each other.
 */
record TagChange(List<String> added, List<String> removed) {

    static TagChange of(Set<String> current, List<String> add, List<String> remove) {
        List<String> toAdd = add == null ? List.of() : add;
        List<String> toRemove = remove == null ? List.of() : remove;
        TicketRules.requireTags("add", toAdd);
        TicketRules.requireTags("remove", toRemove);
        if (toAdd.stream().anyMatch(toRemove::contains)) {
            throw new TicketRuleViolation("add", "a tag cannot be added and removed at once");
        }
        List<String> added = new ArrayList<>(new LinkedHashSet<>(toAdd));
        added.removeAll(current);
        List<String> removed = new ArrayList<>(new LinkedHashSet<>(toRemove));
        removed.retainAll(current);
        if (current.size() + added.size() - removed.size() > TicketRules.MAX_TAGS) {
            throw new TicketRuleViolation("add", "a ticket has at most " + TicketRules.MAX_TAGS + " tags");
        }
        return new TagChange(List.copyOf(added), List.copyOf(removed));
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
