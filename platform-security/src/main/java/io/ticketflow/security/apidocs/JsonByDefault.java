package io.ticketflow.security.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;
import java.util.Objects;

/**
 * A controller that names no media type answers JSON (the services' only message converter for objects), but
 * springdoc can only say {@code *}{@code /*}; a generated client then does not know to parse JSON. Files (binary
 * strings) keep {@code *}{@code /*}: they are sent as they were uploaded.
 */
final class JsonByDefault implements OpenApiCustomizer {

    private static final String ANY = "*/*";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().stream()
                .map(PathItem::readOperations)
                .flatMap(List::stream)
                .filter(operation -> operation.getResponses() != null)
                .flatMap(operation -> operation.getResponses().values().stream())
                .map(ApiResponse::getContent)
                .filter(Objects::nonNull)
                .forEach(JsonByDefault::asJson);
    }

    private static void asJson(Content content) {
        MediaType any = content.get(ANY);
        if (any == null || isFile(any.getSchema())) {
            return;
        }
        content.remove(ANY);
        content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
    }

    private static boolean isFile(Schema<?> schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }
}
