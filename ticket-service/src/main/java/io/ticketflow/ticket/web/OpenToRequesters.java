package io.ticketflow.ticket.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint a requester may call (on their own tickets only). Every other endpoint under {@code /api/tickets} is
 * refused to requesters by {@link RequesterAccess}, so a new endpoint is staff-only until it says otherwise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface OpenToRequesters {
}
