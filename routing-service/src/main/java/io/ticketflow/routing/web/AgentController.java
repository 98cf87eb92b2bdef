package io.ticketflow.routing.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.routing.roster.Agent;
import io.ticketflow.routing.roster.AgentFilter;
import io.ticketflow.routing.roster.NotInRoster;
import io.ticketflow.routing.roster.Roster;
import io.ticketflow.routing.roster.RosterService;
import io.ticketflow.security.Caller;
import io.ticketflow.web.InvalidParameter;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agents of the roster: {@code /api/agents}. Every change answers with the agent and its {@code ETag}. */
@RestController
@RequestMapping("/api/agents")
class AgentController {

    static final String TEAM = "team";
    static final String AVAILABILITY = "availability";

    private final RosterService changes;
    private final Roster roster;

    AgentController(RosterService changes, Roster roster) {
        this.changes = changes;
        this.roster = roster;
    }

    @PostMapping
    ResponseEntity<AgentResource> register(@Valid @RequestBody AgentRequest request) {
        Answers.requireNew("agentId", request.agentId(), request.version());
        Agent agent = changes.register(request.agentId(), request.profile());
        return Answers.created(agent.agentId(), agent.version(), AgentResource.of(agent));
    }

    /**
     * Agents by id; {@code team} and {@code availability} filter (repeat one for any of its values). Any other
     * parameter is refused rather than ignored, so a misspelt filter does not list everyone.
     */
    @GetMapping
    Map<String, List<AgentResource>> list(@RequestParam MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!name.equals(TEAM) && !name.equals(AVAILABILITY)) {
                throw new InvalidParameter(name, "is not a filter of this list (team, availability)");
            }
        }
        Set<String> teams = new HashSet<>(parameters.getOrDefault(TEAM, List.of()));
        Set<AgentAvailability> availabilities = EnumSet.noneOf(AgentAvailability.class);
        for (String value : parameters.getOrDefault(AVAILABILITY, List.of())) {
            availabilities.add(availability(value));
        }
        return Map.of("agents", roster.agents(new AgentFilter(teams, availabilities)).stream()
                .map(AgentResource::of).toList());
    }

    @GetMapping("/{agentId}")
    ResponseEntity<AgentResource> get(@PathVariable String agentId) {
        return roster.agent(agentId).map(AgentController::answer)
                .orElseThrow(() -> NotInRoster.agent(agentId));
    }

    /** Replaces the whole profile; a profile equal to the stored one changes and publishes nothing. */
    @PutMapping("/{agentId}")
    ResponseEntity<AgentResource> update(@PathVariable String agentId, @Valid @RequestBody AgentRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        Answers.requireSame("agentId", agentId, request.agentId());
        return answer(changes.update(agentId, request.profile(), Versions.expected(ifMatch, request.version())));
    }

    /**
     * Agents go online, away and offline themselves (a shift starts, a break, the end of the day); supervisors and
     * admins set anyone's, e.g. for an agent who left without logging off. An agent's id in the roster is their
     * token's subject, so that is what "their own" means.
     */
    @PutMapping("/{agentId}/availability")
    ResponseEntity<AgentResource> changeAvailability(@PathVariable String agentId,
            @Valid @RequestBody AvailabilityRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Caller caller) {
        if (!caller.hasRole(Caller.SUPERVISOR) && !caller.hasRole(Caller.ADMIN) && !agentId.equals(caller.subject())) {
            throw new ActionForbidden("change another agent's availability",
                    "an agent changes only their own availability; supervisors and admins change anyone's");
        }
        return answer(changes.changeAvailability(agentId, request.availability(),
                Versions.expected(ifMatch, request.version())));
    }

    private static ResponseEntity<AgentResource> answer(Agent agent) {
        return Answers.current(agent.version(), AgentResource.of(agent));
    }

    private static AgentAvailability availability(String value) {
        try {
            return AgentAvailability.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(AVAILABILITY, "must be one of " + Arrays.toString(AgentAvailability.values()));
        }
    }
}
