package io.ticketflow.routing.web;

import io.ticketflow.routing.rules.RoutingRule;
import io.ticketflow.routing.rules.RoutingRuleSet;
import io.ticketflow.routing.rules.RoutingRules;
import io.ticketflow.routing.rules.RuleDraft;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * The routing rules under {@code /api/routing/rules}: the ordered set as a whole (read, replace) and each rule
 * (add, read, replace, delete). Every answer carries the set's version as {@code ETag}; every change takes an
 * optional {@code If-Match} with the version it was based on and is refused with 409 when the set has moved on.
 */
@RestController
@RequestMapping("/api/routing/rules")
class RoutingRulesController {

    private final RoutingRules rules;

    RoutingRulesController(RoutingRules rules) {
        this.rules = rules;
    }

    /**
     * The whole set in order, as {@code GET} answers it, so it can be read, edited and written back.
     *
     * @param version optional; the version the set is based on, like {@code If-Match}
     */
    record RuleSetRequest(Long version, List<RuleDraft> rules) {
    }

    @GetMapping
    ResponseEntity<RoutingRuleSet> all() {
        RoutingRuleSet set = rules.all();
        return ResponseEntity.ok().eTag(RuleSetVersions.entityTag(set.version())).body(set);
    }

    @PutMapping
    ResponseEntity<RoutingRuleSet> replace(@RequestBody RuleSetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = RuleSetVersions.expected(ifMatch);
        if (expected != null && request.version() != null && !expected.equals(request.version())) {
            throw new RuleSetVersions.InvalidHeader("version", "differs from If-Match; give one or make them agree");
        }
        RoutingRuleSet set = rules.replace(request.rules(), expected != null ? expected : request.version());
        return ResponseEntity.ok().eTag(RuleSetVersions.entityTag(set.version())).body(set);
    }

    @PostMapping
    ResponseEntity<RoutingRule> add(@RequestBody RuleDraft draft,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RoutingRules.Change change = rules.add(draft, RuleSetVersions.expected(ifMatch));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{ruleId}")
                        .buildAndExpand(change.rule().ruleId()).toUri())
                .eTag(RuleSetVersions.entityTag(change.version())).body(change.rule());
    }

    @GetMapping("/{ruleId}")
    ResponseEntity<RoutingRule> one(@PathVariable UUID ruleId) {
        RoutingRules.Change found = rules.get(ruleId);
        return ResponseEntity.ok().eTag(RuleSetVersions.entityTag(found.version())).body(found.rule());
    }

    @PutMapping("/{ruleId}")
    ResponseEntity<RoutingRule> update(@PathVariable UUID ruleId, @RequestBody RuleDraft draft,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RoutingRules.Change change = rules.update(ruleId, draft, RuleSetVersions.expected(ifMatch));
        return ResponseEntity.ok().eTag(RuleSetVersions.entityTag(change.version())).body(change.rule());
    }

    @DeleteMapping("/{ruleId}")
    ResponseEntity<Void> delete(@PathVariable UUID ruleId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = rules.delete(ruleId, RuleSetVersions.expected(ifMatch));
        return ResponseEntity.noContent().eTag(RuleSetVersions.entityTag(version)).build();
    }
}
