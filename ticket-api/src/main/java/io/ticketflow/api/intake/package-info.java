/**
 * What other systems publish on {@code ticketflow.intake} to open a ticket without calling the REST API. The
 * key is the submission id; ticket-service opens one ticket per submission id however often it arrives.
 */
package io.ticketflow.api.intake;
