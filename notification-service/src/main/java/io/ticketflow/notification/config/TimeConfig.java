package io.ticketflow.notification.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One clock for the whole service, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
