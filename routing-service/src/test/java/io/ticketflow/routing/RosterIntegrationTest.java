package io.ticketflow.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.wire.JsonCodec;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the roster's integration tests share, including their one Spring context: the database is registered
 * for this class, not for each subclass, so every subclass has the same configuration and Spring's context
 * cache starts the application once. Tests share that database and the broker, so every id they make is
 * unique ({@link #unique}). Every request carries an admin's token from the test issuer unless it sends
 * another {@code Authorization} ({@link SpringIssuer}).
 */
@RealInfrastructure
// no grace for offline agents: a test takes an agent offline and moves their tickets at once (reassignDue)
@SpringBootTest(properties = "ticketflow.routing.offline.grace=0s")
@AutoConfigureMockMvc
@Import(RosterIntegrationTest.AdminByDefault.class)
public abstract class RosterIntegrationTest {

    private static final ObjectMapper JSON = JsonCodec.mapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, RosterIntegrationTest.class);
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

    /** An id no other test uses, valid as agent or team id. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid registration body: the agent in {@code teamIds}, two skills, two languages, capacity 5. */
    protected static Map<String, Object> agentBody(String agentId, String... teamIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agentId", agentId);
        body.put("displayName", "Carol Agent");
        body.put("email", "carol@example.com");
        body.put("teamIds", List.of(teamIds));
        body.put("skills", List.of(Map.of("skill", "printers", "level", 4), Map.of("skill", "billing", "level", 2)));
        body.put("languages", List.of("en", "pt-BR"));
        body.put("maxConcurrentTickets", 5);
        return body;
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

    protected ResultActions put(String path, Object body) throws Exception {
        return mvc.perform(json(MockMvcRequestBuilders.put(path), body));
    }

    protected ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path));
    }

    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String text ? text : write(body));
    }

    protected static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    /** Creates a team with the default strategy; answers its id. */
    protected String team(String prefix) throws Exception {
        String teamId = unique(prefix);
        post("/api/teams", Map.of("teamId", teamId, "name", "Team " + teamId))
                .andExpect(status().isCreated());
        return teamId;
    }

    /** Registers an agent with {@link #agentBody}; answers its id. */
    protected String agent(String prefix, String... teamIds) throws Exception {
        String agentId = unique(prefix);
        post("/api/agents", agentBody(agentId, teamIds))
                .andExpect(status().isCreated());
        return agentId;
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

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
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
