package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.ReportTable;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, a cell quoted when it holds a comma, a quote or a line break, its
 * quotes doubled. A text cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) is prefixed with a single quote: team ids, tags and organisations come from outside, and
 * an analyst opening the download must not run what someone typed (CSV injection). Numbers, negative ones
 * included, are left as they are.
 */
final class CsvFormat {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    private static final String LINE_END = "\r\n";

    private CsvFormat() {
    }

    static void write(ReportTable table, Writer out) throws IOException {
        row(table.columns(), out);
        for (List<String> row : table.rows()) {
            row(row, out);
        }
    }

    static String cell(String value) {
        String text = neutralised(value);
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String neutralised(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void row(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }
}
