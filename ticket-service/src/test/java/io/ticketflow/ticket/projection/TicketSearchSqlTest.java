package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.ticket.projection.TicketCondition.AllTags;
import io.ticketflow.ticket.projection.TicketCondition.AnyOf;
import io.ticketflow.ticket.projection.TicketCondition.OpenedBetween;
import io.ticketflow.ticket.projection.TicketCondition.Text;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.ticketflow.ticket.projection.TicketSort.Field.OPENED_AT;
import static io.ticketflow.ticket.projection.TicketSort.Field.PRIORITY;
import static io.ticketflow.ticket.projection.TicketSort.Field.STATUS;
import static org.assertj.core.api.Assertions.assertThat;

class TicketSearchSqlTest {

    private static final String HOSTILE = "x'); DROP TABLE ticket_view; --";

    @Test
    void without_conditions_the_newest_tickets_come_first_with_the_id_as_tiebreak() {
        TicketSearch search = new TicketSearch(List.of(), List.of(), 0, 25);

        assertThat(TicketSearchSql.count(search).sql()).isEqualTo("SELECT count(*) FROM ticket_view");
        TicketSearchSql.Statement page = TicketSearchSql.page(search);
        assertThat(page.sql()).isEqualTo("SELECT " + TicketSearchSql.COLUMNS
                + " FROM ticket_view ORDER BY opened_at DESC, ticket_id DESC LIMIT ? OFFSET ?");
        assertThat(page.parameters()).containsExactly(25, 0L);
    }

    @Test
    void conditions_are_joined_with_and_and_bound_in_order_for_the_count_and_the_page() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        TicketSearch search = new TicketSearch(List.of(
                AnyOf.of(AnyOf.Field.STATUS, "OPEN", "PENDING"),
                new AllTags(List.of("vpn", "network")),
                new OpenedBetween(from, null)), List.of(), 2, 10);

        String where = " WHERE status = ANY(?::text[]) AND tags @> ?::text[] AND opened_at >= ?";
        TicketSearchSql.Statement count = TicketSearchSql.count(search);
        assertThat(count.sql()).isEqualTo("SELECT count(*) FROM ticket_view" + where);
        assertThat(count.parameters()).containsExactly(new String[] {"OPEN", "PENDING"},
                new String[] {"vpn", "network"}, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));

        TicketSearchSql.Statement page = TicketSearchSql.page(search);
        assertThat(page.sql()).contains(where + " ORDER BY");
        assertThat(page.parameters()).startsWith(count.parameters().toArray()).endsWith(10, 20L);
    }

    @Test
    void priority_sorts_by_severity_and_status_by_the_lifecycle_not_by_spelling() {
        TicketSearch search = new TicketSearch(List.of(),
                List.of(TicketSort.descending(PRIORITY), TicketSort.ascending(STATUS)), 0, 25);

        TicketSearchSql.Statement page = TicketSearchSql.page(search);
        assertThat(page.sql()).endsWith(" ORDER BY array_position(?::text[], priority) DESC,"
                + " array_position(?::text[], status) ASC, ticket_id ASC LIMIT ? OFFSET ?");
        assertThat(page.parameters()).containsExactly(new String[] {"LOW", "NORMAL", "HIGH", "URGENT"},
                new String[] {"NEW", "OPEN", "PENDING", "ON_HOLD", "RESOLVED", "CLOSED"}, 25, 0L);
    }

    @Test
    void the_tiebreak_follows_the_direction_of_the_last_ordering() {
        TicketSearch search = new TicketSearch(List.of(), List.of(TicketSort.ascending(OPENED_AT)), 0, 25);
        assertThat(TicketSearchSql.page(search).sql()).contains("ORDER BY opened_at ASC, ticket_id ASC LIMIT");
    }

    @Test
    void a_far_page_is_an_offset_beyond_the_range_of_an_int() {
        TicketSearch search = new TicketSearch(List.of(), List.of(), Integer.MAX_VALUE, 100);
        assertThat(TicketSearchSql.page(search).parameters()).endsWith(100, Integer.MAX_VALUE * 100L);
    }

    @Test
    void what_a_client_typed_is_only_ever_bound_never_part_of_the_sql() {
        TicketSearch search = new TicketSearch(List.of(
                AnyOf.of(AnyOf.Field.ASSIGNEE, HOSTILE),
                AnyOf.of(AnyOf.Field.REQUESTER_EMAIL, HOSTILE),
                AnyOf.of(AnyOf.Field.ORGANISATION, HOSTILE),
                new AllTags(List.of(HOSTILE)),
                new Text(HOSTILE)), List.of(), 0, 25);

        for (TicketSearchSql.Statement statement : List.of(TicketSearchSql.count(search), TicketSearchSql.page(search))) {
            assertThat(statement.sql()).doesNotContain("DROP").doesNotContain("x'");
            assertThat(statement.sql().chars().filter(c -> c == '?').count())
                    .isEqualTo(statement.parameters().size());
        }
    }

    @Test
    void requester_and_organisation_ignore_case_on_both_sides() {
        assertThat(AnyOf.of(AnyOf.Field.REQUESTER_EMAIL, "Alice@Example.com").sql())
                .isEqualTo("lower(requester_email) = ANY(ARRAY(SELECT lower(v) FROM unnest(?::text[]) v))");
        assertThat(AnyOf.of(AnyOf.Field.ORGANISATION, "ACME").sql()).startsWith("lower(requester_organisation) = ");
    }

    @Test
    void none_matches_an_absent_assignee_alone_or_besides_named_ones() {
        AnyOf unassigned = new AnyOf(AnyOf.Field.ASSIGNEE, List.of(), true);
        assertThat(unassigned.sql()).isEqualTo("assignee_id IS NULL");
        assertThat(unassigned.parameters()).isEmpty();

        AnyOf unassignedOrMine = new AnyOf(AnyOf.Field.ASSIGNEE, List.of("a-17"), true);
        assertThat(unassignedOrMine.sql()).isEqualTo("(assignee_id = ANY(?::text[]) OR assignee_id IS NULL)");
        assertThat(unassignedOrMine.parameters()).containsExactly((Object) new String[] {"a-17"});
    }

    @Test
    void an_opening_window_is_half_open() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant until = Instant.parse("2026-03-02T00:00:00Z");
        assertThat(new OpenedBetween(from, until).sql()).isEqualTo("opened_at >= ? AND opened_at < ?");
        assertThat(new OpenedBetween(null, until).sql()).isEqualTo("opened_at < ?");
        assertThat(new OpenedBetween(null, until).parameters())
                .containsExactly(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
    }

    @Test
    void every_word_of_the_text_must_start_a_word_and_quotes_cannot_become_operators() {
        assertThat(new Text("  printer   jam ").prefixQuery()).isEqualTo("'printer':* & 'jam':*");
        assertThat(new Text("it's").prefixQuery()).isEqualTo("'it''s':*");
        assertThat(new Text("a\\' | !b").prefixQuery()).isEqualTo("'a\\\\''':* & '|':* & '!b':*");
        assertThat(new Text("printer").sql()).isEqualTo("search_vector @@ to_tsquery('simple', ?)");
        assertThat(new Text("printer").parameters()).containsExactly("'printer':*");
    }

    @Test
    void a_text_that_starts_like_a_ticket_id_also_matches_ids_starting_so() {
        Text text = new Text("3F2A9C1E-4b");
        assertThat(text.sql()).isEqualTo("(search_vector @@ to_tsquery('simple', ?) OR ticket_id BETWEEN ? AND ?)");
        assertThat(text.parameters()).containsExactly("'3F2A9C1E-4b':*",
                UUID.fromString("3f2a9c1e-4b00-0000-0000-000000000000"),
                UUID.fromString("3f2a9c1e-4bff-ffff-ffff-ffffffffffff"));

        UUID whole = UUID.randomUUID();
        assertThat(new Text(whole.toString()).idRange()).contains(List.of(whole, whole));
        assertThat(new Text("3f2a9c1e").idRange()).isPresent();
        assertThat(new Text("3f2a9c1e-").idRange()).isPresent();
    }

    @Test
    void short_or_misshapen_ids_and_words_are_only_words() {
        for (String words : List.of("3f2a9c1", "3f2a9c1e4b", "3f2a9c1e-4b-", "3f2a-9c1e", "printer", "deadbeefs",
                "٣f2a9c1e", whole() + "0")) {
            assertThat(new Text(words).idRange()).as(words).isEmpty();
            assertThat(new Text(words).sql()).as(words).doesNotContain("ticket_id");
        }
    }

    @Test
    void personal_data_stays_out_of_to_string() {
        TicketSearch search = new TicketSearch(List.of(AnyOf.of(AnyOf.Field.REQUESTER_EMAIL, "alice@example.com"),
                new Text("Alice Smith broke it")), List.of(), 0, 25);
        assertThat(search.toString()).doesNotContain("alice").doesNotContain("Alice");
        TicketSummary summary = new TicketSummary(UUID.randomUUID(), "Alice's printer", "OPEN", "HIGH", "INCIDENT",
                "WEB", null, null, "alice@example.com", "Acme", List.of(), 0, Instant.EPOCH, Instant.EPOCH);
        assertThat(summary.toString()).doesNotContain("alice").doesNotContain("Alice");
    }

    @Test
    void narrowing_to_one_requester_adds_their_tickets_as_a_condition_and_keeps_the_rest() {
        AnyOf open = AnyOf.of(AnyOf.Field.STATUS, "OPEN");
        TicketSearch search = new TicketSearch(List.of(open), List.of(TicketSort.descending(PRIORITY)), 1, 10);

        TicketSearch narrowed = search.onlyRequestedBy(Actor.customer("c-42"), "caller@example.com");

        assertThat(narrowed.conditions()).containsExactly(open,
                new TicketCondition.RequestedBy(Actor.customer("c-42"), "caller@example.com"));
        assertThat(narrowed.sort()).isEqualTo(search.sort());
        assertThat(narrowed.page()).isEqualTo(1);
        assertThat(narrowed.size()).isEqualTo(10);
    }

    @Test
    void a_requesters_tickets_are_those_they_opened_or_that_were_opened_for_their_email_by_staff() {
        var byEmailToo = new TicketCondition.RequestedBy(Actor.customer("c-42"), "caller@example.com");
        assertThat(byEmailToo.sql()).isEqualTo(
                "(opened_by = ? OR (opened_by NOT LIKE 'CUSTOMER:%' AND lower(requester_email) = lower(?)))");
        assertThat(byEmailToo.parameters()).containsExactly("CUSTOMER:c-42", "caller@example.com");
        assertThat(byEmailToo.toString()).doesNotContain("caller@example.com");

        var withoutEmail = new TicketCondition.RequestedBy(Actor.customer("c-42"), null);
        assertThat(withoutEmail.sql()).isEqualTo("opened_by = ?");
        assertThat(withoutEmail.parameters()).containsExactly("CUSTOMER:c-42");
    }

    @Test
    void the_number_of_pages_rounds_up_and_is_zero_without_results() {
        TicketSearch search = new TicketSearch(List.of(), List.of(), 0, 25);
        assertThat(TicketPage.of(List.of(), search, 0).totalPages()).isZero();
        assertThat(TicketPage.of(List.of(), search, 25).totalPages()).isEqualTo(1);
        assertThat(TicketPage.of(List.of(), search, 26).totalPages()).isEqualTo(2);
    }

    private static String whole() {
        return UUID.randomUUID().toString();
    }
}
