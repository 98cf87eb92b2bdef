package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.security.Caller;
import io.ticketflow.ticket.command.OpenTicketCommand;
import io.ticketflow.ticket.projection.RecordedTicketEvent;
import io.ticketflow.ticket.projection.TicketAsOf;
import io.ticketflow.ticket.projection.TicketEventStream;
import io.ticketflow.ticket.projection.TicketLinkRepository;
import io.ticketflow.ticket.projection.TicketView;
import io.ticketflow.ticket.projection.TicketViewRepository;
import io.ticketflow.web.InvalidParameter;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/tickets")
public class TicketController {

    private final TicketCommands commands;
    private final TicketViewRepository views;
    private final TicketEventStream events;
    private final TicketLinkRepository links;
    private final IdempotencyKeys idempotencyKeys;

    TicketController(TicketCommands commands, TicketViewRepository views, TicketEventStream events,
            TicketLinkRepository links, IdempotencyKeys idempotencyKeys) {
        this.commands = commands;
        this.views = views;
        this.events = events;
        this.links = links;
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * Opens a ticket. Answers once the TicketOpened event is stored; the read models and the topic follow
     * within milliseconds, so a client polls {@code Location} rather than expecting it on the next request.
     *
     * <p>With an {@code Idempotency-Key} header (see {@link IdempotencyKeys}) a repeat of the same request
     * opens nothing and answers 200 with the first ticket's id and {@code Location}; the same key with a
     * different request is a 409. Who opens is part of the request: another caller's repeat is a 409 too, so a key
     * never hands out someone else's ticket id.
     */
    @PostMapping
    @OpenToRequesters
    public ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenTicketRequest request, Actor actor,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        if (idempotencyKey == null) {
            return open(UUID.randomUUID(), request, actor);
        }
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(idempotencyKey, new Opening(actor, request));
        if (!claim.sameRequest()) {
            throw new IdempotencyKeys.KeyReused();
        }
        try {
            return open(claim.ticketId(), request, actor);
        } catch (AggregateStreamCreationException | ConcurrencyException repeat) {
            // the store already holds this ticket's TicketOpened: an earlier request with this key opened it
            return ResponseEntity.ok().location(location(claim.ticketId())).body(Map.of("ticketId", claim.ticketId()));
        } catch (RuntimeException refused) {
            idempotencyKeys.release(claim);
            throw refused;
        }
    }

    private ResponseEntity<Map<String, Object>> open(UUID ticketId, OpenTicketRequest request, Actor actor) {
        var requester = new Requester(request.requester().email(), request.requester().name(),
                request.requester().organisation());
        var command = new OpenTicketCommand(ticketId, request.subject(), request.description(), requester,
                request.type(), request.priority(), request.channel(), request.tags(), request.customFields(), actor);
        commands.send(command);
        return ResponseEntity.created(location(ticketId)).body(Map.of("ticketId", ticketId, "status", "NEW"));
    }

    /** What an idempotency key remembers of an opening: who asked, and what. */
    private record Opening(Actor openedBy, OpenTicketRequest request) {
    }

    private static URI location(UUID ticketId) {
        return ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(ticketId).toUri();
    }

    /**
     * The ticket with its conversation: the read model, or with {@code asOf} the ticket as it was at that instant,
     * folded from its stored events ({@link TicketAsOf}), in the same shape. Staff see internal notes; the
     * requester (whose own ticket it must be, see {@link RequesterAccess}) does not.
     */
    @GetMapping("/{ticketId}")
    @OpenToRequesters
    public TicketView get(@PathVariable UUID ticketId, @RequestParam(required = false) String asOf, Caller caller) {
        TicketView view;
        if (asOf == null) {
            view = views.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
        } else {
            Instant instant = parseInstant("asOf", asOf);
            view = TicketAsOf.fold(events.of(ticketId), instant)
                    .map(folded -> folded.withLinks(links.asOf(ticketId, instant)))
                    .orElseThrow(() -> new TicketNotFound(ticketId, "ticket " + ticketId + " did not exist at " + instant));
        }
        return caller.isRequester() ? view.withoutInternalNotes() : view;
    }

    /**
     * The audit trail: every event of the ticket from the event store, with who and when, payloads whole. The
     * requester's own ticket reads the same without the events of internal notes.
     */
    @GetMapping("/{ticketId}/history")
    @OpenToRequesters
    public TicketHistory history(@PathVariable UUID ticketId, Caller caller) {
        List<RecordedTicketEvent> stream = events.of(ticketId);
        if (stream.isEmpty()) {
            throw new TicketNotFound(ticketId);
        }
        return TicketHistory.of(ticketId, caller.isRequester()
                ? stream.stream().filter(recorded -> !isInternalNote(recorded)).toList()
                : stream);
    }

    private static boolean isInternalNote(RecordedTicketEvent recorded) {
        return recorded.event() instanceof MessageAdded message && message.visibility() == MessageVisibility.INTERNAL_NOTE;
    }

    static Instant parseInstant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "must be an ISO-8601 instant such as 2026-01-31T09:30:00Z");
        }
    }
}
