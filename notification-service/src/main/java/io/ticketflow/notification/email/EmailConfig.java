package io.ticketflow.notification.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The email channel's settings and its plain-object rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
class EmailConfig {

    @Bean
    EmailRules emailRules(EmailProperties settings) {
        return new EmailRules(settings);
    }
}
