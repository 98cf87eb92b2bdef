/**
 * REST under {@code /api/tickets}: turns requests into commands and reads the detail read model. Every
 * refusal is an {@code application/problem+json} body naming the field and the reason.
 */
package io.ticketflow.ticket.web;
