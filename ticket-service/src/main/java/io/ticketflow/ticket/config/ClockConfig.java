package io.ticketflow.ticket.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The aggregate reads time from this bean (injected into command handlers), so tests can control it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
