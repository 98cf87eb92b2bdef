package io.ticketflow.web;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class CorrelationIdTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new LoggingContextEcho())
            .addFilters(new CorrelationId()).build();

    @Test
    void the_callers_id_is_in_the_logging_context_while_the_request_runs_and_echoed() throws Exception {
        MvcResult result = mvc.perform(get("/echo").header(CorrelationId.HEADER, "gw-42:a.b_c")).andReturn();

        assertThat(result.getResponse().getContentAsString()).isEqualTo("gw-42:a.b_c");
        assertThat(result.getResponse().getHeader(CorrelationId.HEADER)).isEqualTo("gw-42:a.b_c");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void without_one_the_request_gets_a_new_id() throws Exception {
        MvcResult result = mvc.perform(get("/echo")).andReturn();

        String id = result.getResponse().getHeader(CorrelationId.HEADER);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(result.getResponse().getContentAsString()).isEqualTo(id);
    }

    @Test
    void an_id_that_is_not_inert_is_replaced_rather_than_logged_or_published() throws Exception {
        for (String unsafe : new String[] {"two words", "x".repeat(65), "new\u2028line", "${jndi:x}"}) {
            String id = mvc.perform(get("/echo").header(CorrelationId.HEADER, unsafe)).andReturn()
                    .getResponse().getHeader(CorrelationId.HEADER);

            assertThat(id).as(unsafe).isNotEqualTo(unsafe);
            assertThat(UUID.fromString(id)).isNotNull();
        }
    }

    @Test
    void outside_a_request_the_current_id_is_a_new_one_each_time() {
        assertThat(CorrelationId.current()).isNotEqualTo(CorrelationId.current());
    }

    @Test
    void every_servlet_service_gets_the_filter_and_nothing_else_does() {
        AutoConfigurations configuration = AutoConfigurations.of(PlatformWebAutoConfiguration.class);
        new WebApplicationContextRunner().withConfiguration(configuration)
                .run(context -> assertThat(context).hasSingleBean(CorrelationId.class));
        new ApplicationContextRunner().withConfiguration(configuration)
                .run(context -> assertThat(context).doesNotHaveBean(CorrelationId.class));
    }

    @RestController
    static class LoggingContextEcho {

        @GetMapping("/echo")
        String echo() {
            return MDC.get(CorrelationId.MDC_KEY);
        }
    }
}
