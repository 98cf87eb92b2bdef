/**
 * The read model's folds: ticket events into {@code ticket_fact}, {@code ticket_status_span} and
 * {@code ticket_escalation}; SLA events into {@code sla_clock_fact}; agent events into {@code agent_dim} and
 * {@code team_dim}. Each fold is pure and each part writes a batch with one read and one batched upsert per table,
 * inside the transaction that claims the events in the inbox. Nothing depends on the wall clock or on where a
 * batch begins or ends, so a rebuild, which batches differently, reproduces the live rows exactly.
 */
package io.ticketflow.reporting.projection;
