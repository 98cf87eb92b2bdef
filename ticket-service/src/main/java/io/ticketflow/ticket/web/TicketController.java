package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.ticket.command.OpenTicketCommand;
import io.ticketflow.ticket.projection.TicketView;
import io.ticketflow.ticket.projection.TicketViewRepository;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/tickets")
public class TicketController {

    static final String UNAUTHENTICATED = "unauthenticated";

    private final TicketCommands commands;
    private final TicketViewRepository views;

    TicketController(TicketCommands commands, TicketViewRepository views) {
        this.commands = commands;
        this.views = views;
    }

    /**
     * Opens a ticket. Answers once the TicketOpened event is stored; the read models and the topic follow
     * within milliseconds, so a client polls {@code Location} rather than expecting it on the next request.
     */
    @PostMapping
    public ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenTicketRequest request) {
        UUID ticketId = UUID.randomUUID();
        var requester = new Requester(request.requester().email(), request.requester().name(),
                request.requester().organisation());
        var command = new OpenTicketCommand(ticketId, request.subject(), request.description(), requester,
                request.type(), request.priority(), request.channel(), request.tags(), request.customFields(),
                // until the gateway issue brings identities, a web request has no authenticated party
                Actor.customer(UNAUTHENTICATED));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(ticketId).toUri();
        commands.send(command);
        return ResponseEntity.created(location).body(Map.of("ticketId", ticketId, "status", "NEW"));
    }

    /** The ticket with its conversation, internal notes included (agents' view; see {@code TicketView}). */
    @GetMapping("/{ticketId}")
    public TicketView get(@PathVariable UUID ticketId) {
        return views.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    }
}
