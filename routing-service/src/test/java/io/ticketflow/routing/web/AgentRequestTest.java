package io.ticketflow.routing.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-field rules of a profile, as Bean Validation applies them to the request body. */
class AgentRequestTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static AgentRequest request(String agentId, List<AgentRequest.SkillRequest> skills, Integer capacity) {
        return new AgentRequest(agentId, "Carol", "carol@example.com", List.of("support"), skills, List.of("en"),
                capacity, null);
    }

    private static List<String> invalidFields(AgentRequest request) {
        Set<ConstraintViolation<AgentRequest>> violations = VALIDATOR.validate(request);
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    @Test
    void a_valid_request_passes_and_keeps_personal_data_out_of_its_string() {
        AgentRequest valid = request("carol", List.of(new AgentRequest.SkillRequest("vpn", 5)), 1000);

        assertThat(invalidFields(valid)).isEmpty();
        assertThat(valid.toString()).doesNotContain("Carol", "carol@example.com");
    }

    @Test
    void skill_levels_are_1_to_5_and_capacity_0_to_1000() {
        assertThat(invalidFields(request("carol", List.of(new AgentRequest.SkillRequest("vpn", 0),
                new AgentRequest.SkillRequest("dns", 6)), 0))).containsExactly("skills[0].level", "skills[1].level");
        assertThat(invalidFields(request("carol", List.of(), 1001))).containsExactly("maxConcurrentTickets");
        assertThat(invalidFields(request("carol", List.of(), -1))).containsExactly("maxConcurrentTickets");
        assertThat(invalidFields(request("carol", List.of(), null))).containsExactly("maxConcurrentTickets");
    }

    @Test
    void ids_and_skills_follow_their_patterns() {
        assertThat(invalidFields(request("Carol", List.of(), 1))).containsExactly("agentId");
        assertThat(invalidFields(request("c".repeat(65), List.of(), 1))).containsExactly("agentId");
        assertThat(invalidFields(request("carol.o_neil-2", List.of(new AgentRequest.SkillRequest("Printers", 2)), 1)))
                .containsExactly("skills[0].skill");
    }
}
