package io.ticketflow.notification;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What notification-service's integration tests share, including their one Spring context: the application
 * against the shared Kafka broker with the platform's topics and a real PostgreSQL. The database is registered for
 * this class, not for each subclass, so every subclass has the same configuration and Spring's context cache starts
 * the application once; tests share that database and broker, so every id they make is unique. Retries are
 * quick here (the delivery properties below) so retry and give-up paths run while a test watches; webhook targets
 * on 127.0.0.1 are allowed, so a receiver can run in the test. Every request carries an admin's token from the test
 * issuer unless it sends another {@code Authorization} ({@link SpringIssuer}).
 */
@RealInfrastructure
@SpringBootTest(properties = {
        "ticketflow.notification.delivery.poll-interval=200ms",
        "ticketflow.notification.delivery.initial-backoff=200ms",
        "ticketflow.notification.delivery.max-backoff=1s",
        "ticketflow.notification.delivery.retry-for=3s",
        // the webhook ITs' receiver listens on 127.0.0.1, which is refused unless allow-listed
        "ticketflow.notification.webhooks.allowed-targets=127.0.0.1",
        // the test SMTP server (email.SmtpTestServer, started with the context by email.SmtpTestServerStarter)
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=12525"})
@AutoConfigureMockMvc
@Import(NotificationIntegrationTest.AdminByDefault.class)
public abstract class NotificationIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, NotificationIntegrationTest.class);
        SpringIssuer.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Every MockMvc request is an admin's unless it sends another {@code Authorization}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AdminByDefault {

        @Bean
        MockMvcBuilderCustomizer adminByDefault() {
            return SpringIssuer::adminByDefault;
        }
    }
}
