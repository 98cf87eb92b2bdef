/**
 * Ticketflow's public language: the messages that travel on its Kafka topics. Everything here is an
 * immutable record or an enumeration with no framework imports, because other internal systems compile
 * against this jar; a rename here is a breaking change for them and is caught by the golden JSON tests.
 */
package io.ticketflow.api;
