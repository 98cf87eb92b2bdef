/**
 * REST under {@code /api/tickets}: opening and reading ({@code TicketController}), the searchable list
 * ({@code TicketSearchController}, its query parameters read by {@code TicketSearchParameters}), and one
 * {@code POST /api/tickets/{id}/...} endpoint per command ({@code TicketWorkController},
 * {@code TicketLifecycleController}), each sent through {@code TicketCommands} with the request's
 * correlation id and tenant; files of messages are uploaded and downloaded through
 * {@code AttachmentController}. Who acts comes from the verified bearer token ({@code ActingParty},
 * platform-security's {@code Caller}); {@code RequesterAccess} keeps requesters to their own tickets (another's is a
 * 404) and to the endpoints marked {@code OpenToRequesters} (403 otherwise), and the endpoints they may call leave
 * internal notes out of what they answer them. Every refusal is an {@code application/problem+json} body naming the field and the
 * reason.
 */
package io.ticketflow.ticket.web;
