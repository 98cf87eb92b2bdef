/** routing-service's configuration: the clock, and typed properties under {@code ticketflow.routing}. */
package io.ticketflow.routing.config;
