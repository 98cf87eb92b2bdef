package io.ticketflow.notification;

import io.ticketflow.testkit.spring.ApiDocs;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The service's OpenAPI document as the gateway's Swagger UI fetches it ({@link ApiDocs} checks what every service's
 * has: open, the gateway as server, the bearer scheme, nothing but {@code /api/**}): its real paths and schemas.
 */
class ApiDocsIT extends NotificationIntegrationTest {

    @Test
    void the_document_names_the_services_paths_and_schemas() throws Exception {
        ApiDocs.fetch(mvc)
                .andExpect(jsonPath("$.info.title").value("Ticketflow notification-service"))
                .andExpect(jsonPath("$.paths['/api/webhooks'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/webhooks/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/webhooks/{id}/deliveries'].get").exists())
                .andExpect(jsonPath("$.paths['/api/notifications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/notifications/preferences/{recipient}'].put.requestBody").exists())
                .andExpect(jsonPath("$.components.schemas.WebhookResource.properties.health.enum",
                        hasItems("HEALTHY", "UNHEALTHY")))
                .andExpect(jsonPath("$.components.schemas.DeliveryRecord.properties.channel.enum",
                        hasItems("EMAIL", "WEBHOOK")));
    }
}
