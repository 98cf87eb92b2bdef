package io.ticketflow.testkit.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.test.util.AssertionErrors.assertEquals;
import static org.springframework.test.util.AssertionErrors.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service's OpenAPI document as the gateway fetches it for Swagger UI: {@code /v3/api-docs} without a token, with
 * the gateway's {@code X-Forwarded-*} headers. {@link #fetch} checks what every Ticketflow document must have; the
 * service's test then checks its own paths on the answer.
 */
public final class ApiDocs {

    public static final String PATH = "/v3/api-docs";
    /** Where a caller reached the gateway, as its X-Forwarded-* headers tell a service. */
    public static final String GATEWAY = "https://gateway.example";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiDocs() {
    }

    /**
     * The document, checked for: no token needed; its server is the gateway (so "Try it out" goes through it);
     * the bearer scheme required globally; a version; and nothing but the API: no actuator, no error page.
     */
    public static ResultActions fetch(MockMvc mvc) throws Exception {
        return mvc.perform(get(PATH).with(SpringIssuer.authorization(null))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "gateway.example")
                        .header("X-Forwarded-Port", "443"))
                .andExpect(status().isOk())
                .andExpect(result -> {
                    JsonNode document = JSON.readTree(result.getResponse().getContentAsByteArray());
                    assertEquals("the server, the gateway", GATEWAY, document.at("/servers/0/url").asText());
                    assertEquals("the bearer scheme", "bearer",
                            document.at("/components/securitySchemes/bearer/scheme").asText());
                    assertTrue("the bearer scheme required", document.at("/security/0/bearer").isArray());
                    String version = document.at("/info/version").asText();
                    assertTrue("a version, not " + version, !version.isBlank() && !version.contains("@"));
                    assertTrue("a description", !document.at("/info/description").asText().isBlank());
                    List<String> paths = paths(document);
                    assertTrue("no path but the API's: " + paths,
                            !paths.isEmpty() && paths.stream().allMatch(path -> path.startsWith("/api/")));
                });
    }

    private static List<String> paths(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }
}
