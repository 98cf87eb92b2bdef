/** What operators watch on the projections: how far behind the topics they are, and how old events are when folded. */
package io.ticketflow.reporting.metrics;
