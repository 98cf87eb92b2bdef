/**
 * The reports analysts and dashboards read, each one SQL statement (two for a page of tickets: the page and its
 * total) that aggregates in PostgreSQL over the read model's tables and views, never counting rows in Java, so
 * that they stay cheap at a million tickets. Each takes already validated inputs ({@link
 * io.ticketflow.reporting.report.Period}, {@link io.ticketflow.reporting.report.TicketFilter}, a grouping) and
 * answers a record that is both its JSON and, through {@link io.ticketflow.reporting.report.Tabular}, its table
 * for CSV. Reports read the live generation and take no lock: a rebuild's swap is atomic for them.
 */
package io.ticketflow.reporting.report;
