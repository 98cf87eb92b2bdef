package io.ticketflow.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Entry point of {@code platform-launcher.jar}, which {@code ./ticketflow} runs with the user's arguments. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n");
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        int exitCode;
        try {
            Settings settings = Settings.from(System.getenv(), repositoryRoot());
            exitCode = switch (commandLine.command()) {
                case HELP -> {
                    out.print(CommandLine.USAGE);
                    yield 0;
                }
                case UP -> commandLine.detach()
                        ? new DetachedUp(settings, out).run(commandLine.services())
                        : new UpCommand(settings, out).run(commandLine.services());
                case DOWN -> new DownCommand(settings, out).run();
                case STATUS -> new StatusCommand(settings, out).run();
                case LOGS -> new LogsCommand(settings, out).run(commandLine.target().orElseThrow(), commandLine.follow());
                case RESET -> new ResetCommand(settings, out).run(commandLine.yes());
                case TOKEN -> new TokenCommand(new LocalIdentityServer(settings), out, System.err)
                        .run(commandLine.target(), commandLine.clientCredentials());
            };
        } catch (LauncherException e) {
            System.err.println(e.getMessage());
            exitCode = 1;
        } catch (Exception e) {
            System.err.println("Unexpected failure: " + e);
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** The launcher jar lives in {@code <root>/platform-launcher/target/}; so do its classes in an IDE. */
    private static Path repositoryRoot() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot locate the launcher jar: " + e.getMessage(), e);
        }
    }
}
