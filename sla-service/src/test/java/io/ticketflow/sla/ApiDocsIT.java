package io.ticketflow.sla;

import io.ticketflow.testkit.spring.ApiDocs;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The service's OpenAPI document as the gateway's Swagger UI fetches it ({@link ApiDocs} checks what every service's
 * has: open, the gateway as server, the bearer scheme, nothing but {@code /api/**}): its real paths and schemas.
 */
class ApiDocsIT extends SlaIntegrationTest {

    @Test
    void the_document_names_the_services_paths_and_schemas() throws Exception {
        ApiDocs.fetch(mvc)
                .andExpect(jsonPath("$.info.title").value("Ticketflow sla-service"))
                .andExpect(jsonPath("$.paths['/api/sla/policies'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/sla/policies/{id}'].put.parameters[?(@.name == 'If-Match')]").exists())
                .andExpect(jsonPath("$.paths['/api/sla/policies/{id}/versions/{version}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/sla/calendars/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/sla/teams/{teamId}/calendar'].put").exists())
                .andExpect(jsonPath("$.paths['/api/sla/tickets/{ticketId}'].get.responses['401']").exists())
                .andExpect(jsonPath("$.components.schemas.CalendarDraft.properties.holidays.items['$ref']")
                        .value("#/components/schemas/HolidayDraft"))
                .andExpect(jsonPath("$.components.schemas.PolicyResource.properties.version").exists());
    }
}
