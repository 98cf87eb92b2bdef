package io.ticketflow.reporting.web;

import io.ticketflow.reporting.projection.HourlyVolume;
import io.ticketflow.reporting.projection.TicketVolumes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Tickets opened per hour, type, channel and priority, for the buckets whose hour starts in
 * {@code [from, to)}; hours in which nothing was opened have no row.
 */
@RestController
@RequestMapping("/api/reports/volume")
class VolumeReportController {

    private final TicketVolumes volumes;

    VolumeReportController(TicketVolumes volumes) {
        this.volumes = volumes;
    }

    // required = false: ReportPeriod reports a missing parameter in the same errors list as a wrong one
    @GetMapping
    List<HourlyVolume> volume(@RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return volumes.between(period.from(), period.to());
    }
}
