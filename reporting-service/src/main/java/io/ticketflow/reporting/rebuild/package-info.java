/**
 * Rebuilding the read model without downtime: {@code POST /api/reports/admin/rebuild} migrates a shadow schema
 * ({@code <schema>_rebuild}) with the service's own Flyway scripts, replays every subscribed topic into it from the
 * beginning on one background thread, and swaps it in for the live schema in one transaction under the
 * {@link io.ticketflow.reporting.generation.GenerationLock}, while the live consumers and the reports keep serving
 * the old generation. One rebuild at a time across all instances (a partial unique index on
 * {@code projection_rebuild}); its progress, heartbeat and outcome are rows of that table, which the swap carries
 * over into the new generation.
 */
package io.ticketflow.reporting.rebuild;
