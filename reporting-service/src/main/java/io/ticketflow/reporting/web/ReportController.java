package io.ticketflow.reporting.web;

import io.ticketflow.reporting.report.AgentReport;
import io.ticketflow.reporting.report.BacklogReport;
import io.ticketflow.reporting.report.Dimension;
import io.ticketflow.reporting.report.DurationReport;
import io.ticketflow.reporting.report.EscalationReport;
import io.ticketflow.reporting.report.Granularity;
import io.ticketflow.reporting.report.Period;
import io.ticketflow.reporting.report.SatisfactionReport;
import io.ticketflow.reporting.report.SlaComplianceReport;
import io.ticketflow.reporting.report.SummaryReport;
import io.ticketflow.reporting.report.TicketFilter;
import io.ticketflow.reporting.report.VolumeReport;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * The aggregate reports. Each reads its parameters through {@link ReportParameters}, which answers every mistake
 * in one 400, then runs one statement; JSON unless the client asks for {@code text/csv}.
 */
@RestController
@RequestMapping(value = "/api/reports", produces = {MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV_VALUE})
class ReportController {

    private static final Dimension[] FILTERS = {Dimension.TEAM, Dimension.TYPE, Dimension.PRIORITY, Dimension.CHANNEL};

    private final Reports reports;
    private final Clock clock;

    ReportController(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/summary")
    SummaryReport.Summary summary(@RequestParam MultiValueMap<String, String> query) {
        Scope scope = scope(query);
        return reports.summary().run(scope.period(), scope.filter());
    }

    @GetMapping("/backlog")
    BacklogReport.Backlog backlog(@RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Instant asOf = parameters.instant("asOf", null);
        TicketFilter filter = parameters.filter(FILTERS);
        parameters.check();
        return reports.backlog().run(asOf == null ? clock.instant() : asOf, filter);
    }

    @GetMapping("/volume")
    VolumeReport.Volume volume(@RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Granularity granularity = parameters.choice("granularity", Granularity.class, Granularity.DAY);
        Period period = parameters.period(granularity.longest());
        var groupBy = parameters.groupings(VolumeReport.GROUPS);
        TicketFilter filter = parameters.filter(FILTERS);
        parameters.check();
        return reports.volume().run(period, granularity, groupBy, filter);
    }

    @GetMapping("/response-times")
    DurationReport.Durations responseTimes(@RequestParam MultiValueMap<String, String> query) {
        return durations(DurationReport.Measure.FIRST_RESPONSE, query);
    }

    @GetMapping("/resolution-times")
    DurationReport.Durations resolutionTimes(@RequestParam MultiValueMap<String, String> query) {
        return durations(DurationReport.Measure.RESOLUTION, query);
    }

    @GetMapping("/sla-compliance")
    SlaComplianceReport.SlaCompliance slaCompliance(@RequestParam MultiValueMap<String, String> query) {
        Scope scope = scope(query);
        return reports.sla().run(scope.period(), scope.filter());
    }

    @GetMapping("/satisfaction")
    SatisfactionReport.Satisfaction satisfaction(@RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Period period = parameters.period(ReportParameters.LONGEST_PERIOD);
        Dimension groupBy = parameters.groupBy(SatisfactionReport.GROUPS, null);
        TicketFilter filter = parameters.filter(FILTERS);
        parameters.check();
        return reports.satisfaction().run(period, groupBy, filter);
    }

    @GetMapping("/agents")
    AgentReport.Agents agents(@RequestParam MultiValueMap<String, String> query) {
        Scope scope = scope(query);
        return reports.agents().run(scope.period(), scope.filter());
    }

    @GetMapping("/escalations")
    EscalationReport.Escalations escalations(@RequestParam MultiValueMap<String, String> query) {
        Scope scope = scope(query);
        return reports.escalations().run(scope.period(), scope.filter());
    }

    private DurationReport.Durations durations(DurationReport.Measure measure, MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Period period = parameters.period(ReportParameters.LONGEST_PERIOD);
        Dimension groupBy = parameters.groupBy(DurationReport.GROUPS, Dimension.TEAM);
        TicketFilter filter = parameters.filter(FILTERS);
        parameters.check();
        return reports.durations().run(measure, period, groupBy, filter);
    }

    /** The parameters most reports take and nothing else: the period and the ticket filters. */
    private static Scope scope(MultiValueMap<String, String> query) {
        ReportParameters parameters = new ReportParameters(query);
        Period period = parameters.period(ReportParameters.LONGEST_PERIOD);
        TicketFilter filter = parameters.filter(FILTERS);
        parameters.check();
        return new Scope(period, filter);
    }

    private record Scope(Period period, TicketFilter filter) {
    }
}
