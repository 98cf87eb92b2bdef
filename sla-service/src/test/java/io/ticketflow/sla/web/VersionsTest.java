package io.ticketflow.sla.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void if_match_names_a_version_as_an_entity_tag_or_a_bare_number() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3);
        assertThat(Versions.expected(" 12 ")).isEqualTo(12);
        assertThat(Versions.expected("*")).as("any version").isNull();
    }

    @Test
    void a_change_without_if_match_is_refused_as_precondition_required() {
        assertThatThrownBy(() -> Versions.expected(null)).isInstanceOf(Versions.PreconditionRequired.class);
        assertThatThrownBy(() -> Versions.expected(" ")).isInstanceOf(Versions.PreconditionRequired.class);
    }

    @Test
    void weak_lists_and_other_tags_are_malformed() {
        for (String ifMatch : new String[] {"W/\"3\"", "\"2\", \"3\"", "\"0\"", "abc", "\"99999999999\""}) {
            assertThatThrownBy(() -> Versions.expected(ifMatch)).as(ifMatch)
                    .isInstanceOfSatisfying(Versions.InvalidHeader.class,
                            ex -> assertThat(ex.header()).isEqualTo("If-Match"));
        }
    }
}
