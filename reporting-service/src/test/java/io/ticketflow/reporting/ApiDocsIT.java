package io.ticketflow.reporting;

import io.ticketflow.testkit.spring.ApiDocs;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The service's OpenAPI document as the gateway's Swagger UI fetches it ({@link ApiDocs} checks what every service's
 * has: open, the gateway as server, the bearer scheme, nothing but {@code /api/**}): its real paths and schemas.
 */
class ApiDocsIT extends ReportingIntegrationTest {

    @Test
    void the_document_names_the_services_paths_and_schemas() throws Exception {
        ApiDocs.fetch(mvc)
                .andExpect(jsonPath("$.info.title").value("Ticketflow reporting-service"))
                .andExpect(jsonPath("$.paths['/api/reports/summary'].get.responses['200'].content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/reports/backlog'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/tickets/{ticketId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/admin/rebuild'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/admin/rebuilds/{rebuildId}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.RebuildStatus.properties.state.enum",
                        hasItems("REPLAYING", "COMPLETED", "FAILED")))
                .andExpect(jsonPath("$.components.schemas.MultiValueMapStringString").doesNotExist());
    }
}
