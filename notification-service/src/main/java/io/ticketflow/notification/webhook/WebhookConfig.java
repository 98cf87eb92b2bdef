package io.ticketflow.notification.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfig {

    @Bean
    TargetPolicy targetPolicy(WebhookProperties properties) {
        return new TargetPolicy(properties.allowedTargets(), InetAddress::getAllByName);
    }
}
