package io.ticketflow.identity.users;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's table of demo users is what people try first: it must name the users and roles that exist. */
class DemoUsersReadmeTest {

    @Test
    void the_readme_lists_every_demo_user_with_their_role() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Identity (local issuer)"));
        section = section.substring(0, section.indexOf("\n### ", 1));

        for (DemoUser user : DemoUsers.ALL) {
            String row = section.lines().filter(line -> line.startsWith("|") && line.contains("`" + user.username() + "`"))
                    .findFirst().orElseThrow(() -> new AssertionError("no README row for " + user.username()));
            assertThat(row).as(user.username()).contains("| " + user.roleNames().get(0));
        }
        for (Role role : Role.values()) {
            assertThat(section).contains(role.claimValue());
        }
    }
}
