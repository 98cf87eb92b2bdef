package io.ticketflow.ticket.web;

import io.ticketflow.ticket.projection.TicketCondition.AllTags;
import io.ticketflow.ticket.projection.TicketCondition.AnyOf;
import io.ticketflow.ticket.projection.TicketCondition.OpenedBetween;
import io.ticketflow.ticket.projection.TicketCondition.Text;
import io.ticketflow.ticket.projection.TicketSearch;
import io.ticketflow.ticket.projection.TicketSort;
import io.ticketflow.web.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketSearchParametersTest {

    @Test
    void no_parameters_is_the_first_page_of_everything_newest_first() {
        TicketSearch search = parse();
        assertThat(search.conditions()).isEmpty();
        assertThat(search.sort()).isEqualTo(TicketSearch.DEFAULT_SORT);
        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(25);
    }

    @Test
    void repeated_values_of_one_filter_are_alternatives_and_filters_combine() {
        TicketSearch search = parse("status", "OPEN", "status", "PENDING", "status", "OPEN", "priority", "URGENT",
                "type", "INCIDENT", "channel", "EMAIL", "requester", "Alice@Example.com", "organisation", "Acme, Inc.",
                "tag", "vpn", "tag", "network");
        assertThat(search.conditions()).containsExactly(
                AnyOf.of(AnyOf.Field.STATUS, "OPEN", "PENDING"),
                AnyOf.of(AnyOf.Field.PRIORITY, "URGENT"),
                AnyOf.of(AnyOf.Field.TYPE, "INCIDENT"),
                AnyOf.of(AnyOf.Field.CHANNEL, "EMAIL"),
                AnyOf.of(AnyOf.Field.REQUESTER_EMAIL, "Alice@Example.com"),
                AnyOf.of(AnyOf.Field.ORGANISATION, "Acme, Inc."),
                new AllTags(List.of("vpn", "network")));
    }

    @Test
    void none_stands_for_nobody_alone_or_besides_named_assignees_and_teams() {
        assertThat(parse("assignee", "none").conditions())
                .containsExactly(new AnyOf(AnyOf.Field.ASSIGNEE, List.of(), true));
        assertThat(parse("assignee", "a-17", "assignee", "none", "team", "billing").conditions()).containsExactly(
                new AnyOf(AnyOf.Field.ASSIGNEE, List.of("a-17"), true),
                AnyOf.of(AnyOf.Field.TEAM, "billing"));
        assertThat(parse("team", "none").conditions()).containsExactly(new AnyOf(AnyOf.Field.TEAM, List.of(), true));
    }

    @Test
    void an_opening_window_and_text() {
        assertThat(parse("openedAfter", "2026-03-01T00:00:00Z", "openedBefore", "2026-03-02T00:00:00Z",
                "q", "  printer jam ").conditions()).containsExactly(
                new OpenedBetween(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
                new Text("printer jam"));
        assertThat(parse("openedBefore", "2026-03-02T00:00:00Z").conditions())
                .containsExactly(new OpenedBetween(null, Instant.parse("2026-03-02T00:00:00Z")));
    }

    @Test
    void an_empty_search_box_searches_nothing_out() {
        assertThat(parse("q", "   ").conditions()).isEmpty();
    }

    @Test
    void paging_and_several_orderings() {
        TicketSearch search = parse("page", "3", "size", "100", "sort", "priority,desc", "sort", "openedAt",
                "sort", "status,asc");
        assertThat(search.page()).isEqualTo(3);
        assertThat(search.size()).isEqualTo(100);
        assertThat(search.sort()).containsExactly(TicketSort.descending(TicketSort.Field.PRIORITY),
                TicketSort.ascending(TicketSort.Field.OPENED_AT), TicketSort.ascending(TicketSort.Field.STATUS));
        assertThat(parse("sort", "updatedAt,desc").sort())
                .containsExactly(TicketSort.descending(TicketSort.Field.UPDATED_AT));
    }

    @Test
    void unreadable_parameters_are_refused_naming_the_parameter() {
        refused("status", "status", "SOLVED");
        refused("status", "status", "open");
        refused("status", "status", "OPEN,PENDING");
        refused("priority", "priority", "CRITICAL");
        refused("type", "type", "QUESTION");
        refused("channel", "channel", "FAX");
        refused("size", "size", "101");
        refused("size", "size", "0");
        refused("size", "size", "ten");
        refused("page", "page", "-1");
        refused("page", "page", "1.5");
        refused("page", "page", "99999999999");
        refused("page", "page", "1", "page", "2");
        refused("sort", "sort", "subject,asc");
        refused("sort", "sort", "priority,up");
        refused("sort", "sort", "priority,desc,again");
        refused("sort", "sort", "priority", "sort", "priority,desc");
        refused("openedAfter", "openedAfter", "yesterday");
        refused("openedBefore", "openedBefore", "2026-03-01");
        refused("openedAfter", "openedAfter", "2026-03-01T00:00:00Z", "openedAfter", "2026-03-02T00:00:00Z");
        refused("openedBefore", "openedAfter", "2026-03-02T00:00:00Z", "openedBefore", "2026-03-01T00:00:00Z");
        refused("openedBefore", "openedAfter", "2026-03-02T00:00:00Z", "openedBefore", "2026-03-02T00:00:00Z");
        refused("assignee", "assignee", " ");
        refused("team", "team", "t".repeat(101));
        refused("requester", "requester", "");
        refused("tag", "tag", "t".repeat(51));
        refused("q", "q", "w".repeat(201));
        refused("q", "q", "printer", "q", "jam");
    }

    @Test
    void an_unknown_parameter_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> parse("stauts", "OPEN"))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> {
                    assertThat(e.parameter()).isEqualTo("stauts");
                    assertThat(e.getMessage()).contains("status");
                });
    }

    @Test
    void an_unknown_value_is_answered_with_the_values_there_are() {
        assertThatThrownBy(() -> parse("priority", "CRITICAL"))
                .hasMessage("'CRITICAL' is not one of LOW, NORMAL, HIGH, URGENT");
    }

    @Test
    void a_filter_takes_at_most_fifty_values() {
        String[] pairs = new String[102];
        for (int i = 0; i < 51; i++) {
            pairs[2 * i] = "tag";
            pairs[2 * i + 1] = "t" + i;
        }
        refused("tag", pairs);
        assertThat(parse(Collections.nCopies(50, List.of("tag", "t")).stream().flatMap(List::stream)
                .toArray(String[]::new)).conditions()).containsExactly(new AllTags(List.of("t")));
    }

    private static void refused(String parameter, String... pairs) {
        assertThatThrownBy(() -> parse(pairs)).as(String.join(" ", pairs))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private static TicketSearch parse(String... pairs) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.add(pairs[i], pairs[i + 1]);
        }
        return TicketSearchParameters.parse(parameters);
    }
}
