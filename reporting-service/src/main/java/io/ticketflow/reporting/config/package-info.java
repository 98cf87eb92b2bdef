/**
 * Wiring of the reporting-service that is not a projection, an endpoint or a listener: the clock that says what
 * "now" is for the reports that ask (the backlog now, ages) and for the event-age metric (never used by a fold: a
 * replay must not depend on when it runs), and which roles may call which path (every token is checked by
 * platform-security).
 */
package io.ticketflow.reporting.config;
