<<<<<<< HEAD
/** Settings of sla-service: the timer and the clock everything reads the time from. */
=======
/**
 * Wiring that belongs to no single role: the {@link java.time.Clock} every part of the service reads time from,
 * so that what "now" means is one bean a test can replace.
 */
>>>>>>> sla-definitions
package io.ticketflow.sla.config;
