/**
 * Wiring of the reporting-service that is not a projection, an endpoint or a listener: the clock that says what
 * "now" is for the reports that ask (the backlog now, ages) and for the event-age metric. Never used by a fold: a
 * replay must not depend on when it runs.
 */
package io.ticketflow.reporting.config;
