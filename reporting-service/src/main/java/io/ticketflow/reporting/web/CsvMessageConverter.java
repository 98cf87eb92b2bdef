package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.ReportTable;
import io.ticketflow.reporting.report.Tabular;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes any report as CSV when the client accepts {@code text/csv} (as {@code text/csv;charset=UTF-8}), as a
 * download named after the report. Spring Boot adds every converter bean to MVC's; the controllers list JSON
 * first in {@code produces}, so JSON stays the answer to clients that accept anything.
 */
@Component
class CsvMessageConverter extends AbstractHttpMessageConverter<Tabular> {

    static final String TEXT_CSV_VALUE = "text/csv";

    CsvMessageConverter() {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(TEXT_CSV_VALUE));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("reports are not read from CSV", input);
    }

    @Override
    protected void writeInternal(Tabular report, HttpOutputMessage output) throws IOException {
        ReportTable table = report.toTable();
        output.getHeaders().setContentDisposition(
                ContentDisposition.attachment().filename(table.name() + ".csv").build());
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CsvFormat.write(table, writer);
        writer.flush();
    }
}
