package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.AgentReport;
import io.ticketflow.reporting.report.BacklogReport;
import io.ticketflow.reporting.report.DurationReport;
import io.ticketflow.reporting.report.EscalationReport;
import io.ticketflow.reporting.report.SatisfactionReport;
import io.ticketflow.reporting.report.SlaComplianceReport;
import io.ticketflow.reporting.report.SummaryReport;
import io.ticketflow.reporting.report.VolumeReport;
import org.springframework.stereotype.Component;

/** The aggregate reports {@link ReportController} serves: one constructor argument instead of eight. */
@Component
record Reports(SummaryReport summary, BacklogReport backlog, VolumeReport volume, DurationReport durations,
               SlaComplianceReport sla, SatisfactionReport satisfaction, AgentReport agents,
               EscalationReport escalations) {
}
