package io.ticketflow.reporting.report;

/** A report that can also be read as one table: a header and one row per group or ticket (its CSV form). */
public interface Tabular {

    ReportTable toTable();
}
