/**
 * The reporting-service: folds the platform's events into analytical read models (projections) and serves
 * them over REST. Every model can be rebuilt from the topics and must come out identical; none holds
 * personal data. Consumes {@code ticketflow.ticket-events} (group {@code reporting-service}); emits nothing.
 */
package io.ticketflow.reporting;
