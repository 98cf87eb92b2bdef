package io.ticketflow.testkit;

/**
 * A database of its own on the shared PostgreSQL server, created empty for one test class (or on request).
 *
 * @param name     the database name, unique on the server
 * @param jdbcUrl  a {@code jdbc:postgresql:} URL pointing at this database
 * @param password empty, never null, when the server trusts local connections
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {
}
