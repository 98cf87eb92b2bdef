/**
 * End-to-end tests: the whole platform started exactly as a user starts it ({@code ./ticketflow up --detach},
 * with its own {@code TICKETFLOW_HOME} under {@code target/}, once for every class here), driven over HTTP through the
 * gateway with the issuer's real tokens, attacked with forged and foreign ones, and read back from Kafka, then
 * stopped with {@code ./ticketflow down}. Nothing in here reaches into a service's classes or
 * database: if a user could not observe it, it is not asserted (the security suite does, as the user running the
platform could, read the issuer's signing key file to forge tokens and freeze one recorded process). Also a check that the Docker Compose file, the
 * other way to run the platform, names every process with a health check and a memory limit.
 */
package io.ticketflow.e2e;
