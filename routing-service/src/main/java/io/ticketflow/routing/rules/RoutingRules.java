package io.ticketflow.routing.rules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rule set: read it, change it atomically, and hand the current one to decisions. Every change locks the
 * set, checks the version the caller based it on (if it names one), validates, writes the whole set and
 * raises its version, all in one transaction: a change is entirely in effect for decisions after it, or not
 * at all.
 */
@Service
public class RoutingRules {

    private final RoutingRuleRepository repository;
    private final KnownTeams knownTeams;
    private final ApplicationEventPublisher events;
    private volatile RuleSet cached = new RuleSet(-1, List.of());

    /** @param knownTeams the roster's team check: a rule may only route to a team the roster knows */
    RoutingRules(RoutingRuleRepository repository, KnownTeams knownTeams, ApplicationEventPublisher events) {
        this.repository = repository;
        this.knownTeams = knownTeams;
        this.events = events;
    }

    /** A rule set, and with a single rule the rule, as it is once a change is committed. */
    public record Change(long version, RoutingRule rule) {
    }

    // repeatable read: the version and the rules from one snapshot, whatever commits in between
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public RoutingRuleSet all() {
        return new RoutingRuleSet(repository.version(), repository.findAll());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Change get(UUID ruleId) {
        return new Change(repository.version(), find(repository.findAll(), ruleId));
    }

    /**
     * The enabled rules as the engine's records, with the set's version. Asks the database only for the version
     * while it is unchanged, so a change made through any instance applies to the next decision of every
     * instance.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public RuleSet current() {
        long version = repository.version();
        RuleSet known = cached;
        if (known.version() == version) {
            return known;
        }
        RuleSet fresh = new RuleSet(version, repository.findAll().stream()
                .filter(RoutingRule::enabled).map(RoutingRule::toEngineRule).toList());
        cached = fresh;
        return fresh;
    }

    /** Replaces the whole set by {@code drafts}, in their order. */
    @Transactional
    public RoutingRuleSet replace(List<RuleDraft> drafts, Long expectedVersion) {
        lock(expectedVersion);
        List<RoutingRule> rules = RuleValidation.ruleSet(drafts, knownTeams);
        repository.store(rules);
        long version = repository.raiseVersion();
        events.publishEvent(new RulesChanged(version));
        return new RoutingRuleSet(version, rules);
    }

    /** Adds a rule at the draft's position, moving the rules from there down one; at the end without one. */
    @Transactional
    public Change add(RuleDraft draft, Long expectedVersion) {
        lock(expectedVersion);
        List<RoutingRule> rules = new ArrayList<>(repository.findAll());
        RoutingRule rule = RuleValidation.rule(draft, UUID.randomUUID(), false, rules.size() + 1, rules.size() + 1,
                rules, knownTeams);
        rules.add(rule.position() - 1, rule);
        return store(rules, rule.ruleId());
    }

    /** Replaces one rule; with a position in the draft it also moves there, else it keeps its place. */
    @Transactional
    public Change update(UUID ruleId, RuleDraft draft, Long expectedVersion) {
        lock(expectedVersion);
        List<RoutingRule> rules = new ArrayList<>(repository.findAll());
        RoutingRule old = find(rules, ruleId);
        rules.remove(old);
        RoutingRule rule = RuleValidation.rule(draft, ruleId, true, old.position(), rules.size() + 1, rules,
                knownTeams);
        rules.add(rule.position() - 1, rule);
        return store(rules, ruleId);
    }

    /** Deletes one rule; those after it move up one. Answers the new version. */
    @Transactional
    public long delete(UUID ruleId, Long expectedVersion) {
        lock(expectedVersion);
        List<RoutingRule> rules = new ArrayList<>(repository.findAll());
        rules.remove(find(rules, ruleId));
        return store(rules, null).version();
    }

    private void lock(Long expectedVersion) {
        long version = repository.lockVersion();
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleRuleSet(expectedVersion, version);
        }
    }

    /** Stores {@code rules} numbered 1..n in their list order. */
    private Change store(List<RoutingRule> rules, UUID changed) {
        List<RoutingRule> numbered = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            numbered.add(rules.get(i).at(i + 1));
        }
        repository.store(numbered);
        long version = repository.raiseVersion();
        events.publishEvent(new RulesChanged(version));
        return new Change(version, changed == null ? null : find(numbered, changed));
    }

    private static RoutingRule find(List<RoutingRule> rules, UUID ruleId) {
        return rules.stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new RuleNotFound(ruleId));
    }
}
