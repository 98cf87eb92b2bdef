/**
 * Real infrastructure for integration tests: one Kafka broker and one PostgreSQL server per test JVM, taken
 * from configured endpoints, Testcontainers or embedded binaries (see {@link io.ticketflow.testkit.TestInfrastructure.Mode}),
 * and a fresh database per test class. {@link io.ticketflow.testkit.RealInfrastructure} hands them to JUnit
 * tests, {@link io.ticketflow.testkit.TopicProbe} reads back what the code under test published, and
 * {@link io.ticketflow.testkit.PrivateKafkaBroker} is a broker of one test's own that it may stop and restart.
 * Nothing here imitates Kafka or PostgreSQL: every test talks to the real servers.
 */
package io.ticketflow.testkit;
