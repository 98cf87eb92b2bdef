package io.ticketflow.ticket.web;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The REST integration tests that need the service as configured: they share one database and one Spring
 * context (Spring caches it across the classes, which declare nothing of their own), so the suite starts
 * it once. Every test opens tickets of its own, so they cannot see each other's; a class that needs other
 * settings, or an empty database, sets itself up instead.
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
abstract class RestApiIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, RestApiIntegrationTest.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    TicketRestClient tickets;

    @BeforeEach
    void client() {
        tickets = new TicketRestClient(mvc);
    }
}
