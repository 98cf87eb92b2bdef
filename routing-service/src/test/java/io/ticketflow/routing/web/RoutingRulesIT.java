package io.ticketflow.routing.web;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.routing.rules.RoutingRules;
import io.ticketflow.routing.rules.RuleDraft;
import io.ticketflow.routing.rules.RuleSet;
import io.ticketflow.routing.rules.StaleRuleSet;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules API against the service as configured, on a real PostgreSQL. Every request carries an admin's token
 * from the test issuer unless it sends another {@code Authorization} ({@link SpringIssuer}).
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
@Import(RosterIntegrationTest.AdminByDefault.class)
class RoutingRulesIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, RoutingRulesIT.class);
        SpringIssuer.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    private static final String TWO_RULES = """
            {"rules": [
              {"name": "VPN incidents", "teamId": "network",
               "match": {"types": ["INCIDENT"], "tags": ["vpn"], "priorities": ["HIGH", "URGENT"]},
               "skills": [{"skill": "vpn", "minLevel": 3}]},
              {"name": "Everything else", "teamId": "first-line"}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    RoutingRules rules;

    private long version;

    @BeforeEach
    void startFromTwoRules() throws Exception {
        // the teams the rules route to, in the roster: a rule to a team it does not know is refused
        for (String team : List.of("network", "first-line", "billing")) {
            int status = mvc.perform(json(post("/api/teams"), "{\"teamId\":\"" + team + "\",\"name\":\"" + team + "\"}"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("team %s", team).isIn(201, 409);
        }
        version = versionOf(mvc.perform(json(put("/api/routing/rules"), TWO_RULES)).andExpect(status().isOk()));
    }

    @Test
    void the_set_replaced_whole_reads_back_in_order_with_its_version() throws Exception {
        mvc.perform(get("/api/routing/rules"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + version + "\""))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.rules.length()").value(2))
                .andExpect(jsonPath("$.rules[0].position").value(1))
                .andExpect(jsonPath("$.rules[0].name").value("VPN incidents"))
                .andExpect(jsonPath("$.rules[0].enabled").value(true))
                .andExpect(jsonPath("$.rules[0].teamId").value("network"))
                .andExpect(jsonPath("$.rules[0].match.types[0]").value("INCIDENT"))
                .andExpect(jsonPath("$.rules[0].match.priorities[1]").value("URGENT"))
                .andExpect(jsonPath("$.rules[0].match.categories.length()").value(0))
                .andExpect(jsonPath("$.rules[0].skills[0].skill").value("vpn"))
                .andExpect(jsonPath("$.rules[0].skills[0].minLevel").value(3))
                .andExpect(jsonPath("$.rules[1].position").value(2))
                .andExpect(jsonPath("$.rules[1].name").value("Everything else"));
    }

    @Test
    void a_rule_reads_as_exactly_the_fields_it_is_written_with() throws Exception {
        String read = body(mvc.perform(get("/api/routing/rules/{id}", ruleIdAt(0))));

        assertThat(JsonPath.<java.util.Map<String, Object>>read(read, "$")).containsOnlyKeys(
                "ruleId", "position", "name", "enabled", "match", "teamId", "skills");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(read, "$.match")).containsOnlyKeys(
                "types", "categories", "tags", "priorities", "channels", "languages", "organisations");
    }

    @Test
    void what_is_read_can_be_written_back_as_it_is_keeping_rule_ids() throws Exception {
        String read = body(mvc.perform(get("/api/routing/rules")));
        List<String> ids = JsonPath.read(read, "$.rules[*].ruleId");

        String written = body(mvc.perform(json(put("/api/routing/rules"), read)).andExpect(status().isOk()));

        assertThat(JsonPath.<List<String>>read(written, "$.rules[*].ruleId")).isEqualTo(ids);
        assertThat(JsonPath.<Integer>read(written, "$.version")).isEqualTo((int) version + 1);
    }

    @Test
    void every_change_raises_the_version_and_applies_to_the_next_decision() throws Exception {
        assertThat(rules.current().version()).isEqualTo(version);
        assertThat(rules.current().rules()).extracting(Rule::name).containsExactly("VPN incidents", "Everything else");

        ResultActions added = mvc.perform(json(post("/api/routing/rules"), """
                {"name": "Billing", "teamId": "billing", "position": 1, "match": {"categories": ["Invoices"]}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.position").value(1));
        String billingId = JsonPath.read(body(added), "$.ruleId");
        assertThat(added.andReturn().getResponse().getHeader(HttpHeaders.LOCATION))
                .endsWith("/api/routing/rules/" + billingId);

        RuleSet afterAdding = rules.current();
        assertThat(afterAdding.version()).isEqualTo(version + 1);
        assertThat(afterAdding.rules()).extracting(Rule::name, Rule::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Billing", 1),
                org.assertj.core.groups.Tuple.tuple("VPN incidents", 2),
                org.assertj.core.groups.Tuple.tuple("Everything else", 3));
        assertThat(afterAdding.rule(java.util.UUID.fromString(billingId))).get()
                .extracting(rule -> rule.match().categories()).isEqualTo(Set.of("Invoices"));

        mvc.perform(json(put("/api/routing/rules/{id}", billingId), """
                {"name": "Billing", "teamId": "billing", "enabled": false}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.enabled").value(false));
        // a disabled rule keeps its place in the set but routes nothing
        assertThat(rules.current().version()).isEqualTo(version + 2);
        assertThat(rules.current().rules()).extracting(Rule::name).containsExactly("VPN incidents", "Everything else");

        mvc.perform(delete("/api/routing/rules/{id}", billingId))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 3) + "\""));
        assertThat(rules.current().version()).isEqualTo(version + 3);
        mvc.perform(get("/api/routing/rules/{id}", billingId)).andExpect(status().isNotFound());
    }

    @Test
    void a_rule_is_added_at_a_position_moved_and_deleted_and_the_others_close_up() throws Exception {
        String first = ruleIdAt(0);
        mvc.perform(json(post("/api/routing/rules"), """
                        {"name": "Urgent phone calls", "teamId": "first-line",
                         "match": {"channels": ["PHONE"], "priorities": ["URGENT"]}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(3));

        mvc.perform(json(put("/api/routing/rules/{id}", first), """
                        {"name": "VPN incidents", "teamId": "network", "position": 3}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleId").value(first))
                .andExpect(jsonPath("$.position").value(3))
                .andExpect(jsonPath("$.skills.length()").value(0));
        mvc.perform(get("/api/routing/rules"))
                .andExpect(jsonPath("$.rules[*].name").value(
                        org.hamcrest.Matchers.contains("Everything else", "Urgent phone calls", "VPN incidents")));

        mvc.perform(delete("/api/routing/rules/{id}", ruleIdAt(0))).andExpect(status().isNoContent());
        mvc.perform(get("/api/routing/rules"))
                .andExpect(jsonPath("$.rules[*].name").value(
                        org.hamcrest.Matchers.contains("Urgent phone calls", "VPN incidents")))
                .andExpect(jsonPath("$.rules[*].position").value(org.hamcrest.Matchers.contains(1, 2)));
        mvc.perform(get("/api/routing/rules/{id}", first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("VPN incidents"))
                .andExpect(jsonPath("$.position").value(2));
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_changes_nothing() throws Exception {
        mvc.perform(json(put("/api/routing/rules"), TWO_RULES).header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
                .andExpect(status().isOk());

        problem(mvc.perform(json(put("/api/routing/rules"), "{\"rules\": []}")
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")), 409, HttpHeaders.IF_MATCH)
                .andExpect(jsonPath("$.currentVersion").value(version + 1))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 1) + "\""));
        problem(mvc.perform(json(put("/api/routing/rules"), "{\"version\": " + version + ", \"rules\": []}")),
                409, "version");
        problem(mvc.perform(json(post("/api/routing/rules"), "{\"name\": \"x\", \"teamId\": \"network\"}")
                .header(HttpHeaders.IF_MATCH, String.valueOf(version))), 409, HttpHeaders.IF_MATCH);
        problem(mvc.perform(json(put("/api/routing/rules/{id}", ruleIdAt(0)), "{\"name\": \"x\", \"teamId\": \"network\"}")
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")), 409, HttpHeaders.IF_MATCH);
        problem(mvc.perform(delete("/api/routing/rules/{id}", ruleIdAt(0))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")), 409, HttpHeaders.IF_MATCH);

        assertThat(rules.current().version()).isEqualTo(version + 1);
        assertThat(rules.current().rules()).hasSize(2);
        // the current version, or any, is accepted
        mvc.perform(delete("/api/routing/rules/{id}", ruleIdAt(1)).header(HttpHeaders.IF_MATCH, "\"" + (version + 1) + "\""))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/routing/rules/{id}", ruleIdAt(0)).header(HttpHeaders.IF_MATCH, "*"))
                .andExpect(status().isNoContent());
    }

    @Test
    void of_two_changes_based_on_one_version_exactly_one_wins() throws Exception {
        List<RuleDraft> none = List.of();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> changes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
                rules.replace(none, version);
                return true;
            } catch (StaleRuleSet stale) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        })).toList();
        start.countDown();

        assertThat(changes.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
        assertThat(rules.current().version()).isEqualTo(version + 1);
    }

    @Test
    void an_invalid_set_is_refused_whole_with_every_field_named() throws Exception {
        problem(mvc.perform(json(put("/api/routing/rules"), """
                {"rules": [
                  {"name": "ok", "teamId": "network"},
                  {"name": "OK", "teamId": "Network", "skills": [{"skill": "vpn", "minLevel": 6}]},
                  {"name": " ", "teamId": "network", "match": {"priorities": ["HIGH", "SOON"], "channels": ["FAX"],
                   "types": ["HAUNTING"]}}
                ]}""")), 400, "rules[1].name")
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "rules[1].name", "rules[1].teamId", "rules[1].skills[0].minLevel", "rules[2].name",
                        "rules[2].match.types[0]", "rules[2].match.priorities[1]", "rules[2].match.channels[0]")))
                .andExpect(jsonPath("$.errors[5].reason").value("must be one of LOW, NORMAL, HIGH, URGENT"));

        mvc.perform(get("/api/routing/rules"))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.rules.length()").value(2));
    }

    @Test
    void a_team_the_roster_does_not_know_is_refused() throws Exception {
        problem(mvc.perform(json(put("/api/routing/rules"),
                "{\"rules\": [{\"name\": \"ghosts\", \"teamId\": \"ghostbusters\"}]}")), 400, "rules[0].teamId")
                .andExpect(jsonPath("$.errors[0].reason").value("is not a team of the roster"));
        problem(mvc.perform(json(post("/api/routing/rules"), "{\"name\": \"ghosts\", \"teamId\": \"ghostbusters\"}")),
                400, "teamId");
    }

    @Test
    void single_rule_changes_are_checked_against_the_set() throws Exception {
        String first = ruleIdAt(0);
        problem(mvc.perform(json(post("/api/routing/rules"),
                "{\"ruleId\": \"" + first + "\", \"name\": \"x\", \"teamId\": \"network\"}")), 400, "ruleId");
        problem(mvc.perform(json(post("/api/routing/rules"),
                "{\"name\": \"x\", \"teamId\": \"network\", \"position\": 4}")), 400, "position")
                .andExpect(jsonPath("$.errors[0].reason").value("must be from 1 to 3"));
        problem(mvc.perform(json(post("/api/routing/rules"),
                "{\"name\": \"everything ELSE\", \"teamId\": \"network\"}")), 400, "name");
        problem(mvc.perform(json(put("/api/routing/rules/{id}", first),
                "{\"ruleId\": \"" + ruleIdAt(1) + "\", \"name\": \"x\", \"teamId\": \"network\"}")), 400, "ruleId");
        problem(mvc.perform(json(put("/api/routing/rules/{id}", first),
                "{\"name\": \"x\", \"teamId\": \"network\", \"position\": 0}")), 400, "position");
        problem(mvc.perform(json(post("/api/routing/rules"), "null")), 400, null)
                .andExpect(jsonPath("$.detail").value("the body is missing or not valid JSON"));
        assertThat(rules.current().version()).isEqualTo(version);
    }

    @Test
    void unreadable_requests_are_problems_naming_what_could_not_be_read() throws Exception {
        problem(mvc.perform(json(put("/api/routing/rules"),
                "{\"rules\": [{\"name\": \"x\", \"teamId\": \"network\", \"match\": {\"priorites\": [\"HIGH\"]}}]}")),
                400, "rules[0].match.priorites")
                .andExpect(jsonPath("$.errors[0].reason").value("is not a field of this request"));
        problem(mvc.perform(json(post("/api/routing/rules"),
                "{\"name\": \"x\", \"teamId\": \"network\", \"skills\": [{\"skill\": \"vpn\", \"minLevel\": \"high\"}]}")),
                400, "skills[0].minLevel");
        problem(mvc.perform(json(put("/api/routing/rules"), "{\"rules\": ")), 400, null)
                .andExpect(jsonPath("$.detail").value("the body is missing or not valid JSON"));
        problem(mvc.perform(json(put("/api/routing/rules"), TWO_RULES).header(HttpHeaders.IF_MATCH, "version seven")),
                400, HttpHeaders.IF_MATCH);
        problem(mvc.perform(json(put("/api/routing/rules"), TWO_RULES).header(HttpHeaders.IF_MATCH, "\"" + version)),
                400, HttpHeaders.IF_MATCH);
        problem(mvc.perform(json(put("/api/routing/rules"), "{\"version\": 1, \"rules\": []}")
                .header(HttpHeaders.IF_MATCH, "\"2\"")), 400, "version");
        problem(mvc.perform(get("/api/routing/rules/{id}", "not-a-uuid")), 400, "ruleId");
        assertThat(rules.current().version()).isEqualTo(version);
    }

    @Test
    void an_unknown_rule_is_not_found() throws Exception {
        String unknown = "00000000-0000-0000-0000-00000000dead";
        problem(mvc.perform(get("/api/routing/rules/{id}", unknown)), 404, null)
                .andExpect(jsonPath("$.ruleId").value(unknown));
        problem(mvc.perform(json(put("/api/routing/rules/{id}", unknown), "{\"name\": \"x\", \"teamId\": \"network\"}")),
                404, null);
        problem(mvc.perform(delete("/api/routing/rules/{id}", unknown)), 404, null);
        assertThat(rules.current().version()).isEqualTo(version);
    }

    private String ruleIdAt(int index) throws Exception {
        return JsonPath.read(body(mvc.perform(get("/api/routing/rules"))), "$.rules[" + index + "].ruleId");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static long versionOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.version")).longValue();
    }

    /** A problem+json answer with {@code status}, whose first error names {@code field} (none when null). */
    private static ResultActions problem(ResultActions result, int status, String field) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        return field == null ? result.andExpect(jsonPath("$.errors.length()").value(0))
                : result.andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
