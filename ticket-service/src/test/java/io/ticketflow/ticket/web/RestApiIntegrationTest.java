package io.ticketflow.ticket.web;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the REST integration tests of the service as configured have in common. Each class still gets its
 * own database, and so its own Spring context: Spring Framework 7 pauses a cached context when another one
 * is used and restarts it on reuse, and Axon's processors and embedded event store do not survive that
 * restart (a reused context's read model stopped following the store). A subclass registers its database
 * with {@code SpringInfrastructure.register(registry, TheClass.class)} in its own @DynamicPropertySource.
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
abstract class RestApiIntegrationTest {

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    /** Tokens of {@link Callers#ISSUER}; every request is an agent's ({@link Callers#DEFAULT}) unless it names another. */
    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        Callers.register(registry);
    }

    @Autowired
    MockMvc mvc;

    TicketRestClient tickets;

    @BeforeEach
    void client() {
        tickets = new TicketRestClient(mvc);
    }
}
