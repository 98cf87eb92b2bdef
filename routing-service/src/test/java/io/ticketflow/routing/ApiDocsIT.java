package io.ticketflow.routing;

import io.ticketflow.testkit.spring.ApiDocs;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The service's OpenAPI document as the gateway's Swagger UI fetches it ({@link ApiDocs} checks what every service's
 * has: open, the gateway as server, the bearer scheme, nothing but {@code /api/**}): its real paths and schemas.
 */
class ApiDocsIT extends RosterIntegrationTest {

    @Test
    void the_document_names_the_services_paths_and_schemas() throws Exception {
        ApiDocs.fetch(mvc)
                .andExpect(jsonPath("$.info.title").value("Ticketflow routing-service"))
                .andExpect(jsonPath("$.paths['/api/agents'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/agents/{agentId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/agents/{agentId}/availability'].put").exists())
                .andExpect(jsonPath("$.paths['/api/teams/{teamId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/routing/rules/{ruleId}'].delete.responses['403']").exists())
                .andExpect(jsonPath("$.paths['/api/routing/simulate'].post").exists())
                .andExpect(jsonPath("$.paths['/api/routing/decisions/{ticketId}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.AvailabilityRequest.properties.availability.enum",
                        hasItems("ONLINE", "AWAY", "OFFLINE")))
                .andExpect(jsonPath("$.components.schemas.MultiValueMapStringString").doesNotExist());
    }
}
