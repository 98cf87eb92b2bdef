package io.ticketflow.ticket.web;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket list on real PostgreSQL and Kafka: six tickets opened and worked through the REST API, then
 * searched. The class has its own database, so totals and unfiltered orders are exact; the tickets are
 * opened once (by the first test) and only read afterwards.
 *
 * <pre>
 *      subject                    type             priority channel requester / organisation    tags              status    assignee team
 *  T1  Printer on fire            INCIDENT         URGENT   WEB     alice@example.com Acme     hardware,printer  OPEN      a-1      hardware
 *  T2  Cannot log in              INQUIRY          NORMAL   EMAIL   bob@example.com   Globex   login             NEW       -        -
 *  T3  Invoice is wrong           COMPLAINT        HIGH     PHONE   Alice@Example.COM ACME     billing           PENDING   a-2      billing
 *  T4  VPN drops every hour       INCIDENT         LOW      CHAT    carol@example.org -        network,vpn       OPEN      -        network
 *  T5  New laptop for onboarding  SERVICE_REQUEST  NORMAL   API     dave@example.com  Initech  hardware          RESOLVED  a-2      hardware
 *  T6  Printer paper jam          INCIDENT         HIGH     WEB     erin@example.com  acme     hardware,printer  ON_HOLD   -        -   (escalated once)
 * </pre>
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
class TicketSearchIT {

    private static final String AGENT = "agent:a-9";
    private static String t1;
    private static String t2;
    private static String t3;
    private static String t4;
    private static String t5;
    private static String t6;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketSearchIT.class);
        Callers.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void openTheTicketsOnce() throws Exception {
        if (t1 != null) {
            return;
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        t1 = open("Printer on fire", "The office printer is smoking", "INCIDENT", "URGENT", "WEB",
                "alice@example.com", "Acme", "hardware", "printer");
        versions.put(t1, accepted(command(t1, "assign", "{\"agentId\":\"a-1\",\"teamId\":\"hardware\"}")));
        t2 = open("Cannot log in", "Password reset mail never arrives", "INQUIRY", "NORMAL", "EMAIL",
                "bob@example.com", "Globex", "login");
        versions.put(t2, 0L);
        t3 = open("Invoice is wrong", "Charged twice for March", "COMPLAINT", "HIGH", "PHONE",
                "Alice@Example.COM", "ACME", "billing");
        accepted(command(t3, "assign", "{\"agentId\":\"a-2\",\"teamId\":\"billing\"}"));
        versions.put(t3, accepted(command(t3, "await-customer", "{\"reason\":\"which invoice?\"}")));
        t4 = open("VPN drops every hour", "Disconnects since the update to v2.3", "INCIDENT", "LOW", "CHAT",
                "carol@example.org", null, "network", "vpn");
        accepted(command(t4, "assign", "{\"agentId\":\"a-1\",\"teamId\":\"network\"}"));
        versions.put(t4, accepted(command(t4, "unassign", null)));
        t5 = open("New laptop for onboarding", "Please order a laptop for the new hire", "SERVICE_REQUEST",
                "NORMAL", "API", "dave@example.com", "Initech", "hardware");
        accepted(command(t5, "assign", "{\"agentId\":\"a-2\",\"teamId\":\"hardware\"}"));
        versions.put(t5, accepted(command(t5, "resolve", "{\"resolutionCode\":\"SOLVED\"}")));
        t6 = open("Printer paper jam", "Jammed again on floor 3", "INCIDENT", "HIGH", "WEB",
                "erin@example.com", "acme", "hardware", "printer");
        accepted(command(t6, "hold", "{\"reason\":\"waiting for paper\"}"));
        versions.put(t6, accepted(command(t6, "escalate", "{\"reason\":\"third time this week\"}")));

        // the list reads the read model, which follows the event store: wait until it has every last event
        versions.forEach((id, version) -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/tickets/{id}", id)).andExpect(jsonPath("$.version").value(version))));
    }

    @Test
    void every_ticket_is_listed_newest_first_by_default() throws Exception {
        search().andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(25))
                .andExpect(jsonPath("$.totalElements").value(6))
                .andExpect(jsonPath("$.totalPages").value(1));
        assertThat(ids()).containsExactly(t6, t5, t4, t3, t2, t1);
    }

    @Test
    void a_summary_holds_what_an_agent_scans_but_not_the_description_or_the_conversation() throws Exception {
        search("q", t6).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].ticketId").value(t6))
                .andExpect(jsonPath("$.items[0].subject").value("Printer paper jam"))
                .andExpect(jsonPath("$.items[0].status").value("ON_HOLD"))
                .andExpect(jsonPath("$.items[0].priority").value("HIGH"))
                .andExpect(jsonPath("$.items[0].type").value("INCIDENT"))
                .andExpect(jsonPath("$.items[0].channel").value("WEB"))
                .andExpect(jsonPath("$.items[0].assigneeId").doesNotExist())
                .andExpect(jsonPath("$.items[0].teamId").doesNotExist())
                .andExpect(jsonPath("$.items[0].requesterEmail").value("erin@example.com"))
                .andExpect(jsonPath("$.items[0].requesterOrganisation").value("acme"))
                .andExpect(jsonPath("$.items[0].tags[0]").value("hardware"))
                .andExpect(jsonPath("$.items[0].tags[1]").value("printer"))
                .andExpect(jsonPath("$.items[0].escalationLevel").value(1))
                .andExpect(jsonPath("$.items[0].openedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].updatedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].description").doesNotExist())
                .andExpect(jsonPath("$.items[0].requesterName").doesNotExist())
                .andExpect(jsonPath("$.items[0].conversation").doesNotExist());
        search("q", t1).andExpect(jsonPath("$.items[0].assigneeId").value("a-1"))
                .andExpect(jsonPath("$.items[0].teamId").value("hardware"))
                .andExpect(jsonPath("$.items[0].escalationLevel").value(0));
    }

    @Test
    void each_filter_narrows_the_list_and_repeated_values_are_alternatives() throws Exception {
        assertThat(ids("status", "OPEN")).containsExactlyInAnyOrder(t1, t4);
        assertThat(ids("status", "OPEN", "status", "PENDING")).containsExactlyInAnyOrder(t1, t3, t4);
        assertThat(ids("status", "CLOSED")).isEmpty();
        assertThat(ids("priority", "HIGH")).containsExactlyInAnyOrder(t3, t6);
        assertThat(ids("type", "INCIDENT")).containsExactlyInAnyOrder(t1, t4, t6);
        assertThat(ids("channel", "WEB", "channel", "CHAT")).containsExactlyInAnyOrder(t1, t4, t6);
        assertThat(ids("assignee", "a-1")).containsExactly(t1);
        assertThat(ids("assignee", "a-2")).containsExactlyInAnyOrder(t3, t5);
        assertThat(ids("assignee", "none")).containsExactlyInAnyOrder(t2, t4, t6);
        assertThat(ids("assignee", "none", "assignee", "a-2")).containsExactlyInAnyOrder(t2, t3, t4, t5, t6);
        assertThat(ids("team", "network")).containsExactly(t4);
        assertThat(ids("team", "hardware", "team", "billing")).containsExactlyInAnyOrder(t1, t3, t5);
        assertThat(ids("team", "none")).containsExactlyInAnyOrder(t2, t6);
        assertThat(ids("organisation", "ACME")).containsExactlyInAnyOrder(t1, t3, t6);
        assertThat(ids("organisation", "Initech", "organisation", "globex")).containsExactlyInAnyOrder(t2, t5);
    }

    @Test
    void the_requester_matches_exactly_but_ignoring_case() throws Exception {
        assertThat(ids("requester", "ALICE@example.com")).containsExactlyInAnyOrder(t1, t3);
        assertThat(ids("requester", "alice@example")).isEmpty();
        assertThat(ids("requester", "bob@example.com", "requester", "carol@example.org"))
                .containsExactlyInAnyOrder(t2, t4);
    }

    @Test
    void a_ticket_must_carry_every_tag_asked_for() throws Exception {
        assertThat(ids("tag", "hardware")).containsExactlyInAnyOrder(t1, t5, t6);
        assertThat(ids("tag", "hardware", "tag", "printer")).containsExactlyInAnyOrder(t1, t6);
        assertThat(ids("tag", "printer", "tag", "vpn")).isEmpty();
    }

    @Test
    void the_opening_window_includes_its_start_and_excludes_its_end() throws Exception {
        String t3Opened = openedAt(t3);
        String t4Opened = openedAt(t4);
        String t5Opened = openedAt(t5);
        assertThat(ids("openedAfter", t4Opened)).containsExactlyInAnyOrder(t4, t5, t6);
        assertThat(ids("openedBefore", t4Opened)).containsExactlyInAnyOrder(t1, t2, t3);
        assertThat(ids("openedAfter", t3Opened, "openedBefore", t5Opened)).containsExactlyInAnyOrder(t3, t4);
    }

    @Test
    void filters_combine_with_and() throws Exception {
        assertThat(ids("type", "INCIDENT", "tag", "printer", "status", "ON_HOLD")).containsExactly(t6);
        assertThat(ids("organisation", "acme", "priority", "URGENT", "priority", "HIGH", "assignee", "none"))
                .containsExactly(t6);
        assertThat(ids("team", "hardware", "q", "laptop")).containsExactly(t5);
        assertThat(ids("requester", "alice@example.com", "status", "NEW")).isEmpty();
        search("status", "OPEN", "size", "1").andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void free_text_finds_every_word_as_a_word_start_in_subject_and_description() throws Exception {
        assertThat(ids("q", "printer")).containsExactlyInAnyOrder(t1, t6);
        assertThat(ids("q", "PRINT")).containsExactlyInAnyOrder(t1, t6);
        assertThat(ids("q", "smoking")).containsExactly(t1);
        assertThat(ids("q", "printer jam")).containsExactly(t6);
        assertThat(ids("q", "march twice")).containsExactly(t3);
        assertThat(ids("q", "v2.3")).containsExactly(t4);
        assertThat(ids("q", "rinter")).isEmpty();
        assertThat(ids("q", "printer vpn")).isEmpty();
    }

    @Test
    void free_text_that_starts_like_a_ticket_id_finds_that_ticket() throws Exception {
        assertThat(ids("q", t2.substring(0, 8))).containsExactly(t2);
        assertThat(ids("q", t2.substring(0, 13).toUpperCase())).containsExactly(t2);
        assertThat(ids("q", t2)).containsExactly(t2);
        assertThat(ids("q", t2.substring(0, 7))).doesNotContain(t2);
    }

    @Test
    void operators_and_punctuation_in_free_text_are_just_text() throws Exception {
        for (String text : List.of("it's \\ & | ! ( :* <->", "???", "'", "printer)")) {
            search("q", text).andExpect(status().isOk());
        }
        assertThat(ids("q", "???")).isEmpty();
        // not operators: "&" has no word in it, and "!jam" is the word "jam"
        assertThat(ids("q", "printer & !jam")).containsExactly(t6);
        assertThat(ids("q", "(printer) jam!")).containsExactly(t6);
    }

    @Test
    void pages_split_the_list_without_overlap_and_report_the_totals() throws Exception {
        search("size", "4").andExpect(jsonPath("$.totalElements").value(6))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.size").value(4));
        assertThat(ids("size", "4")).containsExactly(t6, t5, t4, t3);
        assertThat(ids("size", "4", "page", "1")).containsExactly(t2, t1);
        search("size", "4", "page", "2").andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalElements").value(6));
        assertThat(ids("size", "1", "page", "5")).containsExactly(t1);
        search("size", "100").andExpect(jsonPath("$.items.length()").value(6));
        search("status", "CLOSED").andExpect(jsonPath("$.totalElements").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));

        List<String> pageByPage = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pageByPage.addAll(ids("size", "2", "page", String.valueOf(page), "sort", "priority,desc"));
        }
        assertThat(pageByPage).isEqualTo(ids("sort", "priority,desc"));
    }

    @Test
    void priority_sorts_by_severity_with_the_ticket_id_breaking_ties() throws Exception {
        assertThat(ids("sort", "priority,desc")).containsExactlyElementsOf(Stream.of(
                List.of(t1), descending(t3, t6), descending(t2, t5), List.of(t4)).flatMap(List::stream).toList());
        assertThat(ids("sort", "priority,asc")).containsExactlyElementsOf(Stream.of(
                List.of(t4), ascending(t2, t5), ascending(t3, t6), List.of(t1)).flatMap(List::stream).toList());
        assertThat(ids("sort", "priority")).isEqualTo(ids("sort", "priority,asc"));
    }

    @Test
    void status_sorts_by_the_lifecycle_and_orderings_can_be_combined() throws Exception {
        assertThat(ids("sort", "status,asc")).containsExactlyElementsOf(Stream.of(
                List.of(t2), ascending(t1, t4), List.of(t3, t6, t5)).flatMap(List::stream).toList());
        assertThat(ids("sort", "priority,desc", "sort", "openedAt,asc")).containsExactly(t1, t3, t6, t2, t5, t4);
        assertThat(ids("sort", "openedAt,asc")).containsExactly(t1, t2, t3, t4, t5, t6);
        assertThat(ids("status", "OPEN", "status", "NEW", "sort", "priority,desc")).containsExactly(t1, t2, t4);
    }

    @Test
    void updated_at_sorts_by_the_last_change() throws Exception {
        String body = search("sort", "updatedAt,desc").andReturn().getResponse().getContentAsString();
        List<String> updated = JsonPath.read(body, "$.items[*].updatedAt");
        assertThat(updated).hasSize(6);
        assertThat(updated.stream().map(Instant::parse).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        List<String> newestChangeFirst = new ArrayList<>(ids("sort", "updatedAt,desc"));
        Collections.reverse(newestChangeFirst);
        assertThat(ids("sort", "updatedAt,asc")).isEqualTo(newestChangeFirst);
    }

    @Test
    void unreadable_parameters_are_400_problems_naming_the_parameter() throws Exception {
        refused("status", "status", "SOLVED");
        refused("priority", "priority", "CRITICAL");
        refused("size", "size", "101");
        refused("size", "size", "0");
        refused("page", "page", "-1");
        refused("page", "page", "first");
        refused("sort", "sort", "subject,asc");
        refused("sort", "sort", "priority,sideways");
        refused("openedAfter", "openedAfter", "yesterday");
        refused("openedBefore", "openedAfter", openedAt(t4), "openedBefore", openedAt(t3));
        refused("assignee", "assignee", "");
        refused("q", "q", "x".repeat(201));
        refused("stauts", "stauts", "OPEN");
    }

    private String open(String subject, String description, String type, String priority, String channel,
            String email, String organisation, String... tags) throws Exception {
        String body = """
                {"subject":"%s","description":"%s","requester":{"email":"%s","name":"Someone"%s},
                 "type":"%s","priority":"%s","channel":"%s","tags":[%s]}""".formatted(subject, description, email,
                organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"", type, priority, channel,
                String.join(",", Stream.of(tags).map(tag -> "\"" + tag + "\"").toList()));
        String created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.ticketId");
    }

    private ResultActions command(String ticketId, String path, String body) throws Exception {
        var request = post("/api/tickets/{id}/" + path, ticketId).with(Callers.as(AGENT));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static long accepted(ResultActions result) throws Exception {
        String body = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    private ResultActions search(String... pairs) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/tickets");
        for (int i = 0; i < pairs.length; i += 2) {
            request.queryParam(pairs[i], pairs[i + 1]);
        }
        return mvc.perform(request);
    }

    private List<String> ids(String... pairs) throws Exception {
        String body = search(pairs).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].ticketId");
    }

    private String openedAt(String ticketId) throws Exception {
        String body = search("q", ticketId).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[0].openedAt");
    }

    private void refused(String parameter, String... pairs) throws Exception {
        search(pairs).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
    }

    /** PostgreSQL orders uuids by their bytes, which is the order of their lower-case text. */
    private static List<String> ascending(String... ids) {
        return Stream.of(ids).sorted().toList();
    }

    private static List<String> descending(String... ids) {
        return Stream.of(ids).sorted(Comparator.reverseOrder()).toList();
    }
}
