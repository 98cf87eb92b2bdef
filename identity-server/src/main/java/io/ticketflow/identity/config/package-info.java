/**
 * Spring wiring of the issuer: its typed settings ({@code ticketflow.identity.*}), the two security filter chains
 * (protocol endpoints; login form and health), the registered clients, the users and the signing key as beans.
 */
package io.ticketflow.identity.config;
