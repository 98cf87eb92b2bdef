package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.DefinitionKind;
import io.ticketflow.sla.agreement.DefinitionNotFound;
import io.ticketflow.sla.agreement.SlaDefinitions;
import io.ticketflow.sla.agreement.StoredPolicyBook;
import io.ticketflow.sla.agreement.TeamCalendar;
import io.ticketflow.sla.agreement.TeamCalendarDraft;
import io.ticketflow.sla.agreement.TeamCalendarValidation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;

/**
 * Teams' business calendars: {@code /api/sla/teams/{teamId}/calendar}. Teams are routing-service's; sla-service keeps
 * only which calendar each works in. A change is a new version; {@code DELETE} stores a removed version.
 */
@RestController
@RequestMapping("/api/sla/teams")
class TeamCalendarController {

    private final SlaDefinitions definitions;
    private final StoredPolicyBook book;

    TeamCalendarController(SlaDefinitions definitions, StoredPolicyBook book) {
        this.definitions = definitions;
        this.book = book;
    }

    /** Every team that has a calendar, by team id. */
    @GetMapping
    Map<String, List<TeamCalendarResource>> list() {
        return Map.of("teams", book.currentTeamCalendars().stream().map(TeamCalendarResource::of).toList());
    }

    @GetMapping("/{teamId}/calendar")
    ResponseEntity<TeamCalendarResource> current(@PathVariable String teamId) {
        TeamCalendarValidation.requireTeamId(teamId);
        return answer(book.currentTeamCalendar(teamId).filter(team -> !team.removed())
                .orElseThrow(() -> new DefinitionNotFound(DefinitionKind.TEAM_CALENDAR, teamId)));
    }

    /**
     * Sets the team's calendar. Without {@code If-Match} only while the team has none ({@code 201}); replacing one
     * needs the {@code ETag} it was read with, as every change does.
     */
    @PutMapping("/{teamId}/calendar")
    ResponseEntity<TeamCalendarResource> assign(@PathVariable String teamId, @RequestBody TeamCalendarDraft draft,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            TeamCalendar team = definitions.defineTeamCalendar(teamId, draft);
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                    .eTag(Versions.etag(team.version())).body(TeamCalendarResource.of(team));
        }
        return answer(definitions.reviseTeamCalendar(teamId, draft, Versions.expected(ifMatch)));
    }

    /** From now on the team's tickets count in their policy's calendar or around the clock; {@code If-Match} required. */
    @DeleteMapping("/{teamId}/calendar")
    ResponseEntity<Void> remove(@PathVariable String teamId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        TeamCalendar removed = definitions.removeTeamCalendar(teamId, Versions.expected(ifMatch));
        return ResponseEntity.noContent().eTag(Versions.etag(removed.version())).build();
    }

    private static ResponseEntity<TeamCalendarResource> answer(TeamCalendar team) {
        return Versions.ok(team.version(), TeamCalendarResource.of(team));
    }
}
