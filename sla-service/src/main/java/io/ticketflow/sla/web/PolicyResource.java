package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.PolicyDraft;
import io.ticketflow.sla.agreement.SlaPolicy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of a policy as the API shows it: the definition in its canonical form, version, effect, retirement. */
record PolicyResource(String id, int version, Instant effectiveFrom, boolean retired, String name, int rank,
        List<String> types, List<String> organisations, Map<String, PolicyDraft.TargetsDraft> targets,
        int warningThreshold, String calendarId, boolean pauseOnHold, List<PolicyDraft.EscalationDraft> escalations) {

    static PolicyResource of(SlaPolicy policy) {
        PolicyDraft definition = PolicyDraft.of(policy);
        return new PolicyResource(policy.id(), policy.version(), policy.effectiveFrom(), policy.retired(),
                definition.name(), policy.rank(), definition.types(), definition.organisations(), definition.targets(),
                policy.warningThreshold(), policy.calendarId(), policy.pauseOnHold(), definition.escalations());
    }
}
