package io.ticketflow.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Compares a record with its JSON Schema, recursively through nested records and lists: the same field names,
 * matching JSON types and formats, and enum values equal to the Java constants. Returns the differences as
 * readable lines, so one failing test lists everything that drifted.
 */
final class SchemaShape {

    private SchemaShape() {
    }

    static List<String> differences(Class<?> record, JsonNode schema) {
        List<String> differences = new ArrayList<>();
        compareRecord(record, schema, record.getSimpleName(), differences);
        return differences;
    }

    private static void compareRecord(Class<?> record, JsonNode schema, String path, List<String> out) {
        expect(schema.path("type").asText(), "object", path + " type", out);
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            out.add(path + ": additionalProperties must be false");
        }
        JsonNode properties = schema.path("properties");
        Set<String> componentNames = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> componentNames.add(c.getName()));
        Set<String> propertyNames = new TreeSet<>();
        properties.fieldNames().forEachRemaining(propertyNames::add);

        Set<String> missingInSchema = new TreeSet<>(componentNames);
        missingInSchema.removeAll(propertyNames);
        Set<String> missingInRecord = new TreeSet<>(propertyNames);
        missingInRecord.removeAll(componentNames);
        if (!missingInSchema.isEmpty()) {
            out.add(path + ": record components not in the schema: " + missingInSchema);
        }
        if (!missingInRecord.isEmpty()) {
            out.add(path + ": schema properties not in the record: " + missingInRecord);
        }
        schema.path("required").forEach(required -> {
            if (!propertyNames.contains(required.asText())) {
                out.add(path + ": required '" + required.asText() + "' is not a property");
            }
        });
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            if (property != null) {
                compareValue(component.getGenericType(), property, path + "." + component.getName(), out);
            }
        }
    }

    private static void compareValue(Type type, JsonNode schema, String path, List<String> out) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                expect(schema.path("type").asText(), "array", path + " type", out);
                compareValue(generic.getActualTypeArguments()[0], schema.path("items"), path + "[]", out);
            } else if (Map.class.isAssignableFrom(raw)) {
                expect(schema.path("type").asText(), "object", path + " type", out);
                compareValue(generic.getActualTypeArguments()[1], schema.path("additionalProperties"),
                        path + "{}", out);
            } else {
                out.add(path + ": no JSON mapping known for " + type);
            }
            return;
        }
        Class<?> javaType = (Class<?>) type;
        if (javaType.isRecord()) {
            compareRecord(javaType, schema, path, out);
        } else if (javaType.isEnum()) {
            expect(schema.path("type").asText(), "string", path + " type", out);
            Set<String> constants = new LinkedHashSet<>();
            Arrays.stream(javaType.getEnumConstants()).forEach(c -> constants.add(((Enum<?>) c).name()));
            Set<String> values = new LinkedHashSet<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            if (!constants.equals(values)) {
                out.add(path + ": schema enum " + values + " differs from " + javaType.getSimpleName() + constants);
            }
        } else if (javaType == String.class) {
            expect(schema.path("type").asText(), "string", path + " type", out);
        } else if (javaType == int.class || javaType == long.class) {
            expect(schema.path("type").asText(), "integer", path + " type", out);
        } else if (javaType == boolean.class) {
            expect(schema.path("type").asText(), "boolean", path + " type", out);
        } else if (javaType == UUID.class) {
            expectStringFormat(schema, "uuid", path, out);
        } else if (javaType == Instant.class) {
            expectStringFormat(schema, "date-time", path, out);
        } else if (javaType == Duration.class) {
            expectStringFormat(schema, "duration", path, out);
        } else {
            out.add(path + ": no JSON mapping known for " + javaType.getName());
        }
    }

    private static void expectStringFormat(JsonNode schema, String format, String path, List<String> out) {
        expect(schema.path("type").asText(), "string", path + " type", out);
        expect(schema.path("format").asText(), format, path + " format", out);
    }

    private static void expect(String actual, String expected, String what, List<String> out) {
        if (!expected.equals(actual)) {
            out.add(what + " is '" + actual + "', expected '" + expected + "'");
        }
    }
}
