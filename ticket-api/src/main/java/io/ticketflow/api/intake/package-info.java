/**
 * What other systems publish on {@code ticketflow.intake} to open a ticket without calling the REST API. The
 * key is the submission id; ticket-service opens one ticket per submission id however often it arrives. Each record
 * carries the sender's access token in the {@code ticketflow-authorization} header.
 */
package io.ticketflow.api.intake;
