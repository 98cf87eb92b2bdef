package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @TempDir
    Path logs;

    @Test
    void only_the_last_lines_of_a_long_log_are_shown() throws IOException {
        Path log = logs.resolve("gateway.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));

        String tail = LogTail.of(log, 3);

        assertThat(tail).contains("last 3 lines", "line 98", "line 99", "line 100").doesNotContain("line 97");
    }

    @Test
    void a_missing_log_is_named_instead_of_failing() {
        assertThat(LogTail.of(logs.resolve("kafka.log"))).contains("no log at").contains("kafka.log");
    }
}
