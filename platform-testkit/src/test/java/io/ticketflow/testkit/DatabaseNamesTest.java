package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    @Test
    void a_class_name_becomes_snake_case_with_a_random_suffix() {
        assertThat(DatabaseNames.unique("TicketProjectionIT")).matches("tf_ticket_projection_it_[0-9a-f]{8}");
    }

    @Test
    void two_names_from_the_same_hint_differ() {
        assertThat(DatabaseNames.unique("same")).isNotEqualTo(DatabaseNames.unique("same"));
    }

    @Test
    void a_long_hint_is_cut_to_fit_postgresql_identifiers() {
        assertThat(DatabaseNames.unique("x".repeat(200))).hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void an_empty_or_missing_hint_still_gives_a_name() {
        assertThat(DatabaseNames.unique("")).matches("tf_db_[0-9a-f]{8}");
        assertThat(DatabaseNames.unique(null)).matches("tf_db_[0-9a-f]{8}");
    }
}
