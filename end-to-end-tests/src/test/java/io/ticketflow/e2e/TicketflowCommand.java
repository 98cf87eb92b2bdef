package io.ticketflow.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./ticketflow} from the repository root the way a user types it, with the test's own home folder. */
final class TicketflowCommand {
    record Result(int exitCode, String output) {
    }

    private final Path root;
    private final Path home;

    TicketflowCommand(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    Path root() {
        return root;
    }

    Path home() {
        return home;
    }

    /** {@code ./ticketflow token USER}: the access token, which is not printed with the other commands' output. */
    String token(String user) throws IOException, InterruptedException {
        Result result = execute(60, List.of("token", user));
        if (result.exitCode() != 0) {
            throw new AssertionError("./ticketflow token " + user + " failed:\n" + result.output());
        }
        List<String> lines = result.output().lines().filter(line -> !line.isBlank()).toList();
        return lines.get(lines.size() - 1).strip();
    }

    Result run(long timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        Result result = execute(timeoutSeconds, List.of(arguments));
        System.out.println("$ ./ticketflow " + String.join(" ", arguments) + "\n" + result.output());
        return result;
    }

    private Result execute(long timeoutSeconds, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("ticketflow").toString()));
        command.addAll(arguments);
        Files.createDirectories(home);
        Path output = Files.createTempFile(home, "ticketflow-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("TICKETFLOW_HOME", home.toString());
        // the reactor has just packaged the jars under test; a nested build must not replace them
        builder.environment().put("TICKETFLOW_SKIP_BUILD", "true");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("./ticketflow " + String.join(" ", arguments) + " did not finish within "
                    + timeoutSeconds + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Result(process.exitValue(), text);
    }
}
