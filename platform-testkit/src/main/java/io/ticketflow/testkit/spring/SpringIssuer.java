package io.ticketflow.testkit.spring;

import io.ticketflow.testkit.identity.TestIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One {@link TestIssuer} per test JVM that a service's Spring context trusts: a module's integration tests share
 * one context, which must go on accepting the tokens of the issuer it was started with, so the issuer lives as
 * long as the JVM, like the context cache.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void issuer(DynamicPropertyRegistry registry) { SpringIssuer.register(registry); }
 * mvc.perform(get("/api/sla/policies").with(SpringIssuer.as("erin", "supervisor")));
 * }</pre>
 */
public final class SpringIssuer {

    public static final TestIssuer ISSUER = TestIssuer.start();

    private SpringIssuer() {
    }

    /** Points platform-security ({@code ticketflow.security.issuer}, keys at its default place) at {@link #ISSUER}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("ticketflow.security.issuer", ISSUER::issuer);
    }

    /** An {@code Authorization} header value: a valid token for {@code subject} with these roles. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + ISSUER.token(subject, roles);
    }

    /** The request as {@code subject} with these roles, whatever {@code Authorization} it had by default. */
    public static RequestPostProcessor as(String subject, String... roles) {
        return authorization(bearer(subject, roles));
    }

    /** The request with exactly this {@code Authorization} header, or none when null (a MockMvc default replaced). */
    public static RequestPostProcessor authorization(String value) {
        return request -> {
            request.removeHeader("Authorization");
            if (value != null) {
                request.addHeader("Authorization", value);
            }
            return request;
        };
    }

    /**
     * {@code Authorization} header values every service must answer with 401 whatever the path, by what is wrong
     * with them; each would otherwise be an admin's. The first, no header at all, is null.
     */
    public static Map<String, String> refused() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("expired", "Bearer " + ISSUER.jwt("admin").roles("admin").expiredAgo(Duration.ofMinutes(5)).sign());
        refused.put("wrong audience", "Bearer " + ISSUER.jwt("admin").roles("admin").audience("billing").sign());
        refused.put("wrong issuer",
                "Bearer " + ISSUER.jwt("admin").roles("admin").issuer("https://elsewhere.example").sign());
        refused.put("tampered", "Bearer " + ISSUER.jwt("admin").roles("admin").tampered().sign());
        refused.put("another key", "Bearer " + ISSUER.jwt("admin").roles("admin").signedWithAnotherKey().sign());
        return refused;
    }

    /**
     * {@link #refused()} as the arguments of a parameterized test, (what is wrong, header value):
     * {@code @MethodSource("io.ticketflow.testkit.spring.SpringIssuer#refusedTokens")}.
     */
    public static Stream<Object[]> refusedTokens() {
        return refused().entrySet().stream().map(refused -> new Object[] {refused.getKey(), refused.getValue()});
    }

    /**
     * Makes every request of this MockMvc an admin's unless it sends another {@code Authorization}: for tests of
     * what a service does, all of which an admin may do. A module's base class returns it as its
     * {@code MockMvcBuilderCustomizer}.
     */
    public static void adminByDefault(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(get("/").header("Authorization", bearer("admin", "admin")));
    }
}
