/** Settings of sla-service: the timer and the clock everything reads the time from. */
package io.ticketflow.sla.config;
