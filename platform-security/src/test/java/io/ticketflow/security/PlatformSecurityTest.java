package io.ticketflow.security;

import io.ticketflow.testkit.identity.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The auto-configuration in a servlet application of its own, with tokens from a real {@link TestIssuer}. */
@SpringBootTest(classes = PlatformSecurityTest.App.class,
        properties = {"management.endpoints.web.exposure.include=health,info,metrics",
                "spring.application.name=platform-security-test"})
@AutoConfigureMockMvc
class PlatformSecurityTest {

    static final TestIssuer ISSUER = TestIssuer.start();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("ticketflow.security.issuer", ISSUER::issuer);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_valid_token_reaches_the_controller_as_its_caller_and_forged_identity_headers_change_nothing() throws Exception {
        String token = ISSUER.jwt("alice").roles("requester").claim("email", "alice@example.com").sign();

        mvc.perform(get("/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .header("X-Ticketflow-Actor", "agent:admin").header("X-Ticketflow-Roles", "admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("alice"))
                .andExpect(jsonPath("$.requester").value(true))
                .andExpect(jsonPath("$.staff").value(false))
                .andExpect(jsonPath("$.email").value("alice@example.com"));
    }

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() throws Exception {
        problem(mvc.perform(get("/whoami")), 401).andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void expired_foreign_misaddressed_and_tampered_tokens_are_401_problems() throws Exception {
        for (String token : new String[] {
                ISSUER.jwt("carol").roles("agent").expiredAgo(Duration.ofMinutes(5)).sign(),
                ISSUER.jwt("carol").roles("agent").issuer("http://elsewhere.example").sign(),
                ISSUER.jwt("carol").roles("agent").audience("another-api").sign(),
                ISSUER.jwt("carol").roles("agent").tampered().sign(),
                ISSUER.jwt("carol").roles("agent").signedWithAnotherKey().sign(),
                ISSUER.jwt("carol@example.com").roles("agent").sign(),
                "not-a-jwt"}) {
            problem(mvc.perform(get("/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)), 401)
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")));
        }
    }

    @Test
    void a_service_rule_refuses_other_roles_with_a_403_problem() throws Exception {
        problem(mvc.perform(post("/staff-only").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + ISSUER.token("alice", "requester"))), 403);
        mvc.perform(post("/staff-only").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("carol", "agent")))
                .andExpect(status().isOk());
    }

    @Test
    void health_and_info_answer_without_a_token_and_other_actuator_endpoints_do_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        problem(mvc.perform(get("/actuator/metrics")), 401);
    }

    @Test
    void the_openapi_document_answers_without_a_token_with_the_platforms_security_and_refusals() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Ticketflow platform-security-test"))
                .andExpect(jsonPath("$.info.version").value("development"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl")
                        .value(ISSUER.issuer() + "/oauth2/authorize"))
                .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl")
                        .value(ISSUER.issuer() + "/oauth2/token"))
                .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.scopes.openid").exists())
                .andExpect(jsonPath("$.security[0].bearer").isArray())
                .andExpect(jsonPath("$.security[1].oauth2").isArray())
                .andExpect(jsonPath("$.paths['/whoami'].get.responses['401'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/staff-only'].post.responses['403'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items.properties.reason").exists())
                // who calls comes from the token, not from a parameter a client sends
                .andExpect(jsonPath("$.paths['/whoami'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/whoami'].get.responses['200'].content['application/json']").exists())
                .andExpect(jsonPath("$.paths['/actuator/health']").doesNotExist());
    }

    @Test
    void only_the_document_itself_is_open() throws Exception {
        problem(mvc.perform(get("/v3/api-docs.yaml")), 401);
        problem(mvc.perform(post("/v3/api-docs")), 401);
    }

    @Test
    void no_session_is_kept() throws Exception {
        mvc.perform(get("/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("carol", "agent")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @SpringBootApplication
    @RestController
    static class App {

        @GetMapping("/whoami")
        Map<String, Object> whoami(Caller caller) {
            return Map.of("subject", caller.subject(), "requester", caller.isRequester(), "staff", caller.isStaff(),
                    "email", caller.email() == null ? "" : caller.email());
        }

        @PostMapping("/staff-only")
        Map<String, Object> staffOnly(Caller caller) {
            return Map.of("subject", caller.subject());
        }

        @Bean
        AuthorizationRules staffOnly() {
            return requests -> requests.requestMatchers("/staff-only").hasAnyRole(Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN);
        }
    }
}
