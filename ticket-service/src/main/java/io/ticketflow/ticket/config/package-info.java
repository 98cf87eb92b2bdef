/**
 * Wiring: Axon's JDBC event store on PostgreSQL with snake_case tables and the same JSON mapping as the
 * Kafka contract, so an event reads the same in the store, on the topic and in a golden example. Events
 * are stored with the contract's schema revision and read at the current one (upcast from older ones).
 */
package io.ticketflow.ticket.config;
