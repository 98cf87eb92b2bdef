package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.CalendarDraft;
import io.ticketflow.sla.agreement.CalendarVersion;
import io.ticketflow.sla.agreement.DefinitionKind;
import io.ticketflow.sla.agreement.DefinitionNotFound;
import io.ticketflow.sla.agreement.SlaDefinitions;
import io.ticketflow.sla.agreement.StoredPolicyBook;
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

/** Business calendars: {@code /api/sla/calendars}. A change is a new version; calendars are never deleted. */
@RestController
@RequestMapping("/api/sla/calendars")
class CalendarController {

    private final SlaDefinitions definitions;
    private final StoredPolicyBook book;

    CalendarController(SlaDefinitions definitions, StoredPolicyBook book) {
        this.definitions = definitions;
        this.book = book;
    }

    @PostMapping
    ResponseEntity<CalendarResource> define(@RequestBody CalendarDraft draft) {
        CalendarVersion calendar = definitions.defineCalendar(draft);
        return Versions.created(calendar.id(), calendar.version(), CalendarResource.of(calendar));
    }

    /** The current version of every calendar, by id. */
    @GetMapping
    Map<String, List<CalendarResource>> list() {
        return Map.of("calendars", book.currentCalendars().stream().map(CalendarResource::of).toList());
    }

    @GetMapping("/{id}")
    ResponseEntity<CalendarResource> current(@PathVariable String id) {
        return answer(book.currentCalendar(id).orElseThrow(() -> new DefinitionNotFound(DefinitionKind.CALENDAR, id)));
    }

    @GetMapping("/{id}/versions/{version}")
    ResponseEntity<CalendarResource> version(@PathVariable String id, @PathVariable int version) {
        return answer(book.calendarVersion(id, version)
                .orElseThrow(() -> new DefinitionNotFound(DefinitionKind.CALENDAR, id, version)));
    }

    /** Replaces the whole definition as the next version; {@code If-Match} is required. */
    @PutMapping("/{id}")
    ResponseEntity<CalendarResource> revise(@PathVariable String id, @RequestBody CalendarDraft draft,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return answer(definitions.reviseCalendar(id, draft, Versions.expected(ifMatch)));
    }

    private static ResponseEntity<CalendarResource> answer(CalendarVersion calendar) {
        return Versions.ok(calendar.version(), CalendarResource.of(calendar));
    }
}
