/**
 * The test kit for Spring Boot tests: {@link io.ticketflow.testkit.spring.SpringInfrastructure} registers the
 * shared broker and the test class's database as dynamic properties, {@link io.ticketflow.testkit.spring.SpringIssuer}
 * the one token issuer a module's shared context trusts, {@link io.ticketflow.testkit.spring.ApiDocs} fetches and checks
 * a service's OpenAPI document as the gateway does. The only part of the kit that needs
 * spring-test, which is why the kit declares it optional.
 */
package io.ticketflow.testkit.spring;
