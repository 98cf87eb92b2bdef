/**
 * Wiring of the reporting-service that is not a projection, an endpoint or a listener: the clock that
 * stamps when a fact was projected, replaceable in tests.
 */
package io.ticketflow.reporting.config;
