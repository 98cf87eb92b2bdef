/**
 * Routing rules as data: the ordered rule set (V3: {@code routing_rule}, {@code routing_rule_skill} and the
 * set's version in {@code routing_rule_set}), how a proposed rule is validated ({@link
 * io.ticketflow.routing.rules.RuleValidation}, every error naming its field such as
 * {@code rules[2].match.priorities[0]}), and {@link io.ticketflow.routing.rules.RoutingRules}, which changes
 * the set atomically and serves {@link io.ticketflow.routing.rules.RoutingRules#current()} to the assignment
 * loop as the engine's records. Whether a team exists is the roster's knowledge, asked through
 * {@link io.ticketflow.routing.rules.KnownTeams}.
 */
package io.ticketflow.routing.rules;
