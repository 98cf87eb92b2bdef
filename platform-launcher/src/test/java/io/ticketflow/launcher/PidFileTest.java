package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PidFileTest {

    @TempDir
    Path run;

    @Test
    void a_pid_file_reads_back_what_was_written() {
        PidFile written = new PidFile(4242, Instant.parse("2026-01-02T03:04:05.060Z"));

        assertThat(PidFile.parse(written.render())).contains(written);
    }

    @Test
    void a_garbled_pid_file_reads_as_nothing_rather_than_a_pid_to_kill() {
        assertThat(PidFile.parse("")).isEmpty();
        assertThat(PidFile.parse("12x\n2026-01-02T03:04:05Z\n")).isEmpty();
        assertThat(PidFile.parse("12\n")).isEmpty();
    }

    @Test
    void the_current_process_is_recognised_as_the_one_recorded() {
        PidFiles pidFiles = new PidFiles(run);

        pidFiles.record("launcher", ProcessHandle.current());

        assertThat(pidFiles.live("launcher")).contains(ProcessHandle.current());
    }

    @Test
    void a_reused_pid_with_another_start_time_is_not_ours() {
        PidFile recorded = PidFile.of(ProcessHandle.current());
        PidFile earlierProcessWithSamePid = new PidFile(recorded.pid(), recorded.startedAt().minusSeconds(3600));

        assertThat(earlierProcessWithSamePid.describes(ProcessHandle.current())).isFalse();
        assertThat(earlierProcessWithSamePid.liveProcess()).isEmpty();
    }

    @Test
    void start_instants_within_the_clock_tick_tolerance_are_the_same_start() {
        PidFile recorded = new PidFile(1, Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(recorded.sameStart(Instant.parse("2026-01-02T03:04:05.500Z"))).isTrue();
        assertThat(recorded.sameStart(Instant.parse("2026-01-02T03:04:07Z"))).isFalse();
    }

    @Test
    void a_pid_file_of_a_process_that_is_gone_is_stale() throws Exception {
        Process shortLived = new ProcessBuilder(ChildProcess.java(), "-version").redirectErrorStream(true).start();
        ProcessHandle handle = shortLived.toHandle();
        PidFiles pidFiles = new PidFiles(run);
        pidFiles.record("kafka", handle);
        shortLived.getInputStream().readAllBytes();
        shortLived.waitFor();

        assertThat(pidFiles.live("kafka")).isEmpty();
    }

    @Test
    void deleting_removes_the_file_and_a_missing_file_reads_as_nothing() {
        PidFiles pidFiles = new PidFiles(run);
        pidFiles.record("gateway", ProcessHandle.current());

        pidFiles.delete("gateway");

        assertThat(Files.exists(pidFiles.path("gateway"))).isFalse();
        assertThat(pidFiles.read("gateway")).isEmpty();
    }
}
