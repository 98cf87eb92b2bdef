package io.ticketflow.messaging.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;

/**
 * A service that publishes through the outbox and does nothing else, wired by the kafka-messaging
 * auto-configuration alone. Its clock runs a day ahead, so a test can tell that the relay reads the service's
 * clock rather than the system's.
 */
@SpringBootApplication
public class OutboxTestApplication {

    static final Duration CLOCK_AHEAD = Duration.ofDays(1);

    @Bean
    Clock clock() {
        return Clock.offset(Clock.systemUTC(), CLOCK_AHEAD);
    }
}
