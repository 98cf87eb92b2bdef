package io.ticketflow.routing.web;

import io.ticketflow.routing.roster.NotInRoster;
import io.ticketflow.routing.roster.Roster;
import io.ticketflow.routing.roster.RosterService;
import io.ticketflow.routing.roster.Team;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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

/** The teams of the roster: {@code /api/teams}. Every change answers with the team and its {@code ETag}. */
@RestController
@RequestMapping("/api/teams")
class TeamController {

    private final RosterService changes;
    private final Roster roster;

    TeamController(RosterService changes, Roster roster) {
        this.changes = changes;
        this.roster = roster;
    }

    @PostMapping
    ResponseEntity<TeamResource> define(@Valid @RequestBody TeamRequest request) {
        Answers.requireNew("teamId", request.teamId(), request.version());
        Team team = changes.define(request.teamId(), request.definition());
        return Answers.created(team.teamId(), team.version(), TeamResource.of(team));
    }

    /** Teams by id. */
    @GetMapping
    Map<String, List<TeamResource>> list() {
        return Map.of("teams", roster.teams().stream().map(TeamResource::of).toList());
    }

    @GetMapping("/{teamId}")
    ResponseEntity<TeamResource> get(@PathVariable String teamId) {
        return roster.team(teamId).map(TeamController::answer).orElseThrow(() -> NotInRoster.team(teamId));
    }

    /** Replaces the whole definition; one equal to the stored one changes and publishes nothing. */
    @PutMapping("/{teamId}")
    ResponseEntity<TeamResource> redefine(@PathVariable String teamId, @Valid @RequestBody TeamRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        Answers.requireSame("teamId", teamId, request.teamId());
        return answer(changes.redefine(teamId, request.definition(), Versions.expected(ifMatch, request.version())));
    }

    private static ResponseEntity<TeamResource> answer(Team team) {
        return Answers.current(team.version(), TeamResource.of(team));
    }
}
