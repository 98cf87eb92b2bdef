package io.ticketflow.routing.web;

import io.ticketflow.web.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void if_match_takes_the_etag_as_sent_weak_or_unquoted() {
        assertThat(Versions.expected("\"7\"", null)).isEqualTo(7L);
        assertThat(Versions.expected("W/\"7\"", null)).isEqualTo(7L);
        assertThat(Versions.expected("7", 7L)).isEqualTo(7L);
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void without_if_match_the_body_version_counts_and_a_wildcard_expects_none() {
        assertThat(Versions.expected(null, 3L)).isEqualTo(3L);
        assertThat(Versions.expected("*", null)).isNull();
        assertThat(Versions.expected(null, null)).isNull();
    }

    @Test
    void a_malformed_if_match_or_one_that_contradicts_the_body_is_named() {
        assertThatThrownBy(() -> Versions.expected("\"abc\"", null)).isInstanceOf(InvalidParameter.class)
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("If-Match");
        assertThatThrownBy(() -> Versions.expected("\"0\"", null)).isInstanceOf(InvalidParameter.class);
        assertThatThrownBy(() -> Versions.expected("\"2\"", 3L)).isInstanceOf(InvalidParameter.class)
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("version");
    }
}
