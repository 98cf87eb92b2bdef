package io.ticketflow.routing.rules;

/**
 * The rule set changed (published as a Spring application event in the transaction of the change): tickets
 * no rule matched may match now.
 *
 * @param version the set's new version
 */
public record RulesChanged(long version) {
}
