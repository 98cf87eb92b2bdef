/**
 * REST under {@code /api/notifications} (what was sent about a ticket) and, with the channels, their own
 * resources. Every refusal is {@code application/problem+json} naming the field and the reason
 * ({@code ProblemResponses}); a channel's own refusals get their own advice next to it. Which roles of the caller's
 * token may use which path is {@code NotificationAccess}.
 */
package io.ticketflow.notification.web;
