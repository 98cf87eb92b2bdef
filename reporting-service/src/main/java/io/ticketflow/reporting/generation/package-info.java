/** Generations of the read model: the schema the live consumers write and the lock a rebuild swaps it under. */
package io.ticketflow.reporting.generation;
