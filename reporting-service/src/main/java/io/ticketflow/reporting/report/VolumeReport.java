package io.ticketflow.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tickets opened per UTC bucket, by whichever of type, channel and priority are asked for. Only buckets with at
 * least one ticket are answered; a bucket is named by its start, which for the first one may lie before
 * {@code from} (only tickets opened in the period are counted in it).
 */
@Component
public class VolumeReport {

    /** The dimensions volume can be grouped by, in the order their columns appear. */
    public static final List<Dimension> GROUPS = List.of(Dimension.TYPE, Dimension.CHANNEL, Dimension.PRIORITY);

    private final JdbcTemplate jdbc;

    VolumeReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Volume run(Period period, Granularity granularity, List<Dimension> groupBy, TicketFilter filter) {
        List<Dimension> groups = GROUPS.stream().filter(groupBy::contains).toList();
        String columns = groups.stream().map(dimension -> ", f." + dimension.column() + " as " + dimension.parameter())
                .collect(Collectors.joining());
        String positions = " group by 1" + groups.stream().map(d -> ", " + (groups.indexOf(d) + 2))
                .collect(Collectors.joining());
        Sql sql = new Sql()
                .add("select date_trunc('" + granularity.unit() + "', f.opened_at, 'UTC') as bucket_start" + columns
                        + ", count(*) as opened from ticket_fact f where true")
                .within("f.opened_at", period).filter(filter, "f")
                .add(positions + positions.replace(" group by", " order by"));
        List<Bucket> buckets = jdbc.query(sql.text(), (row, n) -> new Bucket(
                Sql.instant(row, "bucket_start"),
                groups.contains(Dimension.TYPE) ? row.getString("type") : null,
                groups.contains(Dimension.CHANNEL) ? row.getString("channel") : null,
                groups.contains(Dimension.PRIORITY) ? row.getString("priority") : null,
                row.getLong("opened")), sql.parameters());
        return new Volume(period.from(), period.to(), granularity.unit(),
                groups.stream().map(Dimension::parameter).toList(), buckets);
    }

    public record Volume(Instant from, Instant to, String granularity, List<String> groupBy, List<Bucket> buckets)
            implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("volume", Bucket.class, buckets).without(GROUPS.stream().map(Dimension::parameter)
                    .filter(dimension -> !groupBy.contains(dimension)).toList());
        }
    }

    /** One bucket of one combination of the grouped dimensions; a dimension not grouped by is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(Instant start, String type, String channel, String priority, long opened) {
    }
}
