package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.ReportTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatTest {

    @Test
    void a_header_row_then_one_line_per_row_each_ended_by_crlf() throws IOException {
        StringWriter out = new StringWriter();
        CsvFormat.write(new ReportTable("t", List.of("team", "tickets"),
                List.of(List.of("support", "3"), List.of("", "0"))), out);

        assertThat(out.toString()).isEqualTo("team,tickets\r\nsupport,3\r\n,0\r\n");
    }

    @Test
    void a_cell_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        assertThat(CsvFormat.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFormat.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvFormat.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CsvFormat.cell("plain")).isEqualTo("plain");
        assertThat(CsvFormat.cell("")).isEqualTo("");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote() {
        assertThat(CsvFormat.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvFormat.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvFormat.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvFormat.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFormat.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFormat.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvFormat.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void numbers_negative_ones_included_are_left_as_they_are() {
        assertThat(CsvFormat.cell("-12")).isEqualTo("-12");
        assertThat(CsvFormat.cell("-0.25")).isEqualTo("-0.25");
        assertThat(CsvFormat.cell("1.0E-4")).isEqualTo("1.0E-4");
        assertThat(CsvFormat.cell("42")).isEqualTo("42");
    }
}
