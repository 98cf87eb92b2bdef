package io.ticketflow.sla;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What sla-service's integration tests share, including their one Spring context: the application against the
 * shared Kafka broker with the platform's topics and a real PostgreSQL. The database is registered for this class,
 * not for each subclass, so every subclass has the same configuration and Spring's context cache starts the
 * application once. Tests share that database and the broker, so every id they make is unique ({@link #unique}),
 * and a policy a test defines names an organisation of its own ({@link #unique} again), so that it covers no
 * ticket another test asks about. Every request carries an admin's token from the test issuer unless it sends
 * another {@code Authorization} ({@link SpringIssuer}).
 */
@RealInfrastructure
// timers fire as soon as they are due and are looked for often: the clock tests run on targets of seconds
@SpringBootTest(properties = {"ticketflow.sla.timer.settle=0s", "ticketflow.sla.timer.poll-interval=200ms"})
@AutoConfigureMockMvc
@Import(SlaIntegrationTest.AdminByDefault.class)
public abstract class SlaIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, SlaIntegrationTest.class);
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

    /** An id no other test uses, a valid slug. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The same body with one field replaced, or removed when {@code value} is null. */
    protected static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    protected ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(json(MockMvcRequestBuilders.post(path), body));
    }

    /** A change based on {@code version}, sent as {@code If-Match}. */
    protected ResultActions put(String path, Object body, int version) throws Exception {
        return mvc.perform(json(MockMvcRequestBuilders.put(path), body).header("If-Match", "\"" + version + "\""));
    }

    protected ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path));
    }

    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    protected static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    /** Asserts a problem+json answer with {@code status}, its first error naming {@code field} (unless null). */
    protected static ResultActions refused(ResultActions result, int status, String field) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
        return result;
    }

    /** Every MockMvc request is an admin's unless it sends another {@code Authorization}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AdminByDefault {

        @Bean
        MockMvcBuilderCustomizer adminByDefault() {
            return SpringIssuer::adminByDefault;
        }
    }
}
