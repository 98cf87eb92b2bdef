/**
 * How messages look on Kafka: topic names, header names, the catalogue of logical type names and
 * schema revisions, and the JSON codec. Logical names travel on the wire, never Java class names.
 */
package io.ticketflow.api.wire;
