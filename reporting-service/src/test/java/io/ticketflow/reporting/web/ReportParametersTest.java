package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.Dimension;
import io.ticketflow.reporting.report.Granularity;
import io.ticketflow.reporting.report.Period;
import io.ticketflow.reporting.report.TicketFilter;
import io.ticketflow.reporting.web.InvalidReportParametersException.ParameterError;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportParametersTest {

    private static final Duration YEAR = ReportParameters.LONGEST_PERIOD;

    @Test
    void a_period_is_read_from_from_and_to() {
        ReportParameters parameters = parameters("from", "2026-03-01T00:00:00Z", "to", "2026-03-02T00:00:00Z");

        Period period = parameters.period(YEAR);
        parameters.check();

        assertThat(period).isEqualTo(new Period(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")));
    }

    @Test
    void a_missing_from_and_to_are_both_named() {
        assertThat(errors(parameters(), p -> p.period(YEAR))).containsExactly(
                new ParameterError("from", "is required"), new ParameterError("to", "is required"));
    }

    @Test
    void a_value_that_is_not_an_instant_or_beyond_what_the_database_holds_is_named() {
        assertThat(errors(parameters("from", "yesterday", "to", "+100000-01-01T00:00:00Z"), p -> p.period(YEAR)))
                .extracting(ParameterError::field, ParameterError::reason).containsExactly(
                        tuple("from", "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z"),
                        tuple("to", "must be in the years 1 to 9999"));
    }

    @Test
    void a_period_must_end_after_it_starts_and_not_be_longer_than_allowed() {
        assertThat(errors(parameters("from", "2026-03-01T00:00:00Z", "to", "2026-03-01T00:00:00Z"), p -> p.period(YEAR)))
                .containsExactly(new ParameterError("to", "must be after from"));
        assertThat(errors(parameters("from", "2026-01-01T00:00:00Z", "to", "2026-02-01T00:00:01Z"),
                p -> p.period(Granularity.HOUR.longest())))
                .containsExactly(new ParameterError("to", "must be at most 31 days after from"));
        assertThat(errors(parameters("from", "2026-01-01T00:00:00Z", "to", "2026-02-01T00:00:00Z"),
                p -> p.period(Granularity.HOUR.longest()))).isEmpty();
    }

    @Test
    void a_parameter_given_twice_that_may_be_given_once_is_named() {
        assertThat(errors(parameters("from", "2026-03-01T00:00:00Z", "from", "2026-03-02T00:00:00Z",
                "to", "2026-03-03T00:00:00Z"), p -> p.period(YEAR)))
                .containsExactly(new ParameterError("from", "must be given once"));
    }

    @Test
    void an_optional_period_may_be_open_at_either_end_or_absent() {
        ReportParameters none = parameters();
        assertThat(none.optionalPeriod()).isNull();
        none.check();

        Period since = parameters("from", "2026-03-01T00:00:00Z").optionalPeriod();
        assertThat(since.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(since.to()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @Test
    void filters_are_repeatable_and_comma_separated_and_enumerations_ignore_case() {
        ReportParameters parameters = parameters("team", "support, billing", "team", "support",
                "type", "incident,BUG_REPORT", "priority", "Urgent");

        TicketFilter filter = parameters.filter(Dimension.TEAM, Dimension.TYPE, Dimension.PRIORITY, Dimension.CHANNEL);
        parameters.check();

        assertThat(filter.values()).isEqualTo(Map.of(
                Dimension.TEAM, List.of("support", "billing"),
                Dimension.TYPE, List.of("INCIDENT", "BUG_REPORT"),
                Dimension.PRIORITY, List.of("URGENT")));
    }

    @Test
    void an_unknown_enumeration_value_names_the_field_and_what_it_may_be() {
        assertThat(errors(parameters("channel", "WEB,PIGEON", "status", "LOST"),
                p -> p.filter(Dimension.CHANNEL, Dimension.STATUS))).containsExactly(
                new ParameterError("channel", "must be one of WEB, EMAIL, CHAT, PHONE, API"),
                new ParameterError("status", "must be one of NEW, OPEN, PENDING, ON_HOLD, RESOLVED, CLOSED"));
    }

    @Test
    void an_empty_filter_is_refused_rather_than_read_as_no_filter() {
        assertThat(errors(parameters("team", " , "), p -> p.filter(Dimension.TEAM)))
                .containsExactly(new ParameterError("team", "must not be empty"));
    }

    @Test
    void a_filter_has_a_bounded_number_of_values_of_bounded_length() {
        String many = String.join(",", IntStream.range(0, 101).mapToObj(i -> "t" + i).toList());
        assertThat(errors(parameters("team", many), p -> p.filter(Dimension.TEAM)))
                .containsExactly(new ParameterError("team", "must have at most 100 values"));
        assertThat(errors(parameters("team", "x".repeat(201)), p -> p.filter(Dimension.TEAM)))
                .containsExactly(new ParameterError("team", "must have values of at most 200 characters"));
    }

    @Test
    void a_filter_value_with_a_control_character_is_refused_before_the_database_sees_it() {
        assertThat(errors(parameters("team", "a\u0000b"), p -> p.filter(Dimension.TEAM)))
                .containsExactly(new ParameterError("team", "must not contain control characters"));
    }

    @Test
    void a_choice_ignores_case_and_defaults_when_absent() {
        ReportParameters parameters = parameters("granularity", "HOUR");
        assertThat(parameters.choice("granularity", Granularity.class, Granularity.DAY)).isEqualTo(Granularity.HOUR);
        assertThat(parameters().choice("granularity", Granularity.class, Granularity.DAY)).isEqualTo(Granularity.DAY);
        assertThat(errors(parameters("granularity", "minute"), p -> p.choice("granularity", Granularity.class, Granularity.DAY)))
                .containsExactly(new ParameterError("granularity", "must be one of hour, day, week"));
    }

    @Test
    void group_by_takes_one_of_the_dimensions_a_report_allows() {
        List<Dimension> allowed = List.of(Dimension.TEAM, Dimension.TYPE);
        assertThat(parameters("groupBy", "type").groupBy(allowed, Dimension.TEAM)).isEqualTo(Dimension.TYPE);
        assertThat(parameters().groupBy(allowed, Dimension.TEAM)).isEqualTo(Dimension.TEAM);
        assertThat(errors(parameters("groupBy", "channel"), p -> p.groupBy(allowed, Dimension.TEAM)))
                .containsExactly(new ParameterError("groupBy", "must be one of team, type"));
        assertThat(parameters("groupBy", "type,team").groupings(allowed)).containsExactly(Dimension.TYPE, Dimension.TEAM);
        assertThat(parameters().groupings(allowed)).isEqualTo(allowed);
    }

    @Test
    void a_number_must_be_whole_and_within_its_bounds() {
        assertThat(parameters("size", "20").number("size", 50, 1, 500)).isEqualTo(20);
        assertThat(parameters().number("size", 50, 1, 500)).isEqualTo(50);
        assertThat(errors(parameters("size", "501"), p -> p.number("size", 50, 1, 500)))
                .containsExactly(new ParameterError("size", "must be a whole number from 1 to 500"));
        assertThat(errors(parameters("page", "two"), p -> p.number("page", 0, 0, 10_000)))
                .containsExactly(new ParameterError("page", "must be a whole number from 0 to 10000"));
    }

    @Test
    void a_parameter_the_report_does_not_read_is_refused_naming_the_ones_it_takes() {
        assertThat(errors(parameters("from", "2026-03-01T00:00:00Z", "to", "2026-03-02T00:00:00Z", "tem", "support"),
                p -> {
                    p.period(YEAR);
                    p.filter(Dimension.TEAM);
                })).containsExactly(new ParameterError("tem", "is not a parameter of this report; it takes from, team, to"));
    }

    @Test
    void every_mistake_is_answered_at_once() {
        assertThat(errors(parameters("to", "soon", "type", "x", "unknown", "1"), p -> {
            p.period(YEAR);
            p.filter(Dimension.TYPE);
        })).extracting(ParameterError::field).containsExactly("from", "to", "type", "unknown");
    }

    private static ReportParameters parameters(String... namesAndValues) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ReportParameters(query);
    }

    @SuppressWarnings("unchecked")
    private static List<ParameterError> errors(ReportParameters parameters, Consumer<ReportParameters> reads) {
        reads.accept(parameters);
        try {
            parameters.check();
            return List.of();
        } catch (InvalidReportParametersException e) {
            return (List<ParameterError>) e.getBody().getProperties().get("errors");
        }
    }
}
