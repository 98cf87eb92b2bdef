package io.ticketflow.reporting.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A report as a table of text cells, built from its row records so that the JSON and the CSV of a report
 * cannot drift apart: a column per record component, a nested record's components as {@code outer.inner}
 * columns, a list as its elements joined with {@code ;}, null as an empty cell.
 *
 * @param name what the report is called, the file name a download is saved under
 */
public record ReportTable(String name, List<String> columns, List<List<String>> rows) {

    public ReportTable {
        int width = columns.size();
        if (rows.stream().anyMatch(row -> row.size() != width)) {
            throw new IllegalArgumentException("every row has one cell per column");
        }
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static <R extends Record> ReportTable of(String name, Class<R> rowType, List<R> rows) {
        List<String> columns = new ArrayList<>();
        columnsOf(rowType, "", columns);
        List<List<String>> cells = rows.stream().map(row -> {
            List<String> values = new ArrayList<>(columns.size());
            cellsOf(row, rowType, values);
            return values;
        }).toList();
        return new ReportTable(name, columns, cells);
    }

    /** The same table without the named columns (dimensions a report was not grouped by). */
    public ReportTable without(Collection<String> dropped) {
        List<Integer> kept = IntStream.range(0, columns.size()).filter(i -> !dropped.contains(columns.get(i)))
                .boxed().toList();
        return new ReportTable(name, kept.stream().map(columns::get).toList(),
                rows.stream().map(row -> kept.stream().map(row::get).toList()).toList());
    }

    /** The same table with columns renamed ({@code group} to the dimension grouped by). */
    public ReportTable renamed(Map<String, String> names) {
        return new ReportTable(name, columns.stream().map(column -> names.getOrDefault(column, column)).toList(), rows);
    }

    private static void columnsOf(Class<?> type, String prefix, List<String> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isRecord()) {
                columnsOf(component.getType(), prefix + component.getName() + ".", columns);
            } else {
                columns.add(prefix + component.getName());
            }
        }
    }

    private static void cellsOf(Object row, Class<?> type, List<String> cells) {
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = valueOf(component, row);
            if (component.getType().isRecord()) {
                if (value == null) {
                    List<String> nested = new ArrayList<>();
                    columnsOf(component.getType(), "", nested);
                    cells.addAll(Collections.nCopies(nested.size(), ""));
                } else {
                    cellsOf(value, component.getType(), cells);
                }
            } else {
                cells.add(text(value));
            }
        }
    }

    private static Object valueOf(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a report row", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ReportTable::text).collect(Collectors.joining(";"));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
