package io.ticketflow.reporting.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTableTest {

    enum Colour { RED }

    record Inner(long count, Double average) {
    }

    record Row(String name, Instant at, List<String> tags, Colour colour, Inner times) {
    }

    @Test
    void a_column_per_component_and_a_nested_record_as_dotted_columns() {
        ReportTable table = ReportTable.of("rows", Row.class, List.of(
                new Row("a", Instant.parse("2026-03-01T09:00:00Z"), List.of("x", "y"), Colour.RED, new Inner(2, 1.5))));

        assertThat(table.name()).isEqualTo("rows");
        assertThat(table.columns()).containsExactly("name", "at", "tags", "colour", "times.count", "times.average");
        assertThat(table.rows()).containsExactly(List.of("a", "2026-03-01T09:00:00Z", "x;y", "RED", "2", "1.5"));
    }

    @Test
    void null_values_and_null_nested_records_are_empty_cells() {
        ReportTable table = ReportTable.of("rows", Row.class, List.of(new Row(null, null, List.of(), null, null)));

        assertThat(table.rows()).containsExactly(List.of("", "", "", "", "", ""));
    }

    @Test
    void no_rows_still_has_the_header() {
        assertThat(ReportTable.of("rows", Row.class, List.of()).columns()).hasSize(6);
    }

    @Test
    void columns_can_be_dropped_and_renamed() {
        ReportTable table = ReportTable.of("rows", Inner.class, List.of(new Inner(3, null)))
                .without(List.of("average")).renamed(Map.of("count", "tickets"));

        assertThat(table.columns()).containsExactly("tickets");
        assertThat(table.rows()).containsExactly(List.of("3"));
    }

    @Test
    void a_row_must_have_a_cell_per_column() {
        assertThatThrownBy(() -> new ReportTable("rows", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
