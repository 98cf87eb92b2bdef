/**
 * Settings of sla-service: the durable timer's properties and the {@link java.time.Clock} every part of the
 * service reads time from, so that what "now" means is one bean a test can replace.
 */
package io.ticketflow.sla.config;
