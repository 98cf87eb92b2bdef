package io.ticketflow.identity.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.ticketflow.identity.secrets.GeneratedSecrets;
import io.ticketflow.identity.secrets.SigningKey;
import io.ticketflow.identity.users.DemoUser;
import io.ticketflow.identity.users.DemoUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/** The generated secrets and signing key as beans, and the demo users who log in with those passwords. */
@Configuration(proxyBeanMethods = false)
class CredentialsConfig {

    @Bean
    GeneratedSecrets generatedSecrets(IdentityProperties properties) {
        return GeneratedSecrets.loadOrCreate(properties.home(), DemoUsers.usernames(),
                List.of(ClientsConfig.SYSTEM_CLIENT));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.home())));
    }

    /** Also keeps Spring Boot from making up a default user, whose password it would log. */
    @Bean
    UserDetailsService demoUsers(GeneratedSecrets secrets, PasswordEncoder passwordEncoder) {
        List<UserDetails> users = DemoUsers.ALL.stream().map(user -> details(user, secrets, passwordEncoder)).toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails details(DemoUser user, GeneratedSecrets secrets, PasswordEncoder passwordEncoder) {
        return User.withUsername(user.username())
                .password(passwordEncoder.encode(secrets.password(user.username())))
                .roles(user.roleNames().toArray(String[]::new))
                .build();
    }
}
