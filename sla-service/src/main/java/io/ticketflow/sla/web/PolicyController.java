package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.DefinitionKind;
import io.ticketflow.sla.agreement.DefinitionNotFound;
import io.ticketflow.sla.agreement.PolicyDraft;
import io.ticketflow.sla.agreement.SlaDefinitions;
import io.ticketflow.sla.agreement.SlaPolicy;
import io.ticketflow.sla.agreement.StoredPolicyBook;
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

import java.util.List;
import java.util.Map;

/**
 * SLA policies: {@code /api/sla/policies}. A change is a new version; {@code DELETE} stores a retired version
 * rather than removing anything, because running clocks refer to the versions they started under.
 */
@RestController
@RequestMapping("/api/sla/policies")
class PolicyController {

    private final SlaDefinitions definitions;
    private final StoredPolicyBook book;

    PolicyController(SlaDefinitions definitions, StoredPolicyBook book) {
        this.definitions = definitions;
        this.book = book;
    }

    @PostMapping
    ResponseEntity<PolicyResource> define(@RequestBody PolicyDraft draft) {
        SlaPolicy policy = definitions.definePolicy(draft);
        return Versions.created(policy.id(), policy.version(), PolicyResource.of(policy));
    }

    /** The current version of every policy that is not retired, by id. */
    @GetMapping
    Map<String, List<PolicyResource>> list() {
        return Map.of("policies", book.currentPolicies().stream().map(PolicyResource::of).toList());
    }

    /** The current version, also when it is a retired one. */
    @GetMapping("/{id}")
    ResponseEntity<PolicyResource> current(@PathVariable String id) {
        return answer(book.currentPolicy(id).orElseThrow(() -> new DefinitionNotFound(DefinitionKind.POLICY, id)));
    }

    @GetMapping("/{id}/versions/{version}")
    ResponseEntity<PolicyResource> version(@PathVariable String id, @PathVariable int version) {
        return answer(book.policyVersion(id, version)
                .orElseThrow(() -> new DefinitionNotFound(DefinitionKind.POLICY, id, version)));
    }

    /** Replaces the whole definition as the next version (bringing a retired policy back); {@code If-Match} is required. */
    @PutMapping("/{id}")
    ResponseEntity<PolicyResource> revise(@PathVariable String id, @RequestBody PolicyDraft draft,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return answer(definitions.revisePolicy(id, draft, Versions.expected(ifMatch)));
    }

    /** Stores a retired version, answered like any other version; {@code If-Match} is required. */
    @DeleteMapping("/{id}")
    ResponseEntity<PolicyResource> retire(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return answer(definitions.retirePolicy(id, Versions.expected(ifMatch)));
    }

    private static ResponseEntity<PolicyResource> answer(SlaPolicy policy) {
        return Versions.ok(policy.version(), PolicyResource.of(policy));
    }
}
