package io.ticketflow.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The parsed arguments of {@code ./ticketflow}. */
record CommandLine(Command command, boolean detach, List<ServiceSpec> services, boolean yes, boolean follow,
                   Optional<String> target, boolean clientCredentials) {

    enum Command { UP, DOWN, STATUS, LOGS, RESET, TOKEN, HELP }

    private static final String INFRA = "infra";

    static final String USAGE = """
            Usage: ./ticketflow COMMAND [OPTIONS]

            Runs the whole Ticketflow platform on this machine without Docker: PostgreSQL, a Kafka broker, a mail
            catcher, an OIDC issuer and every service as its own process. State lives in .ticketflow/ (or
            $TICKETFLOW_HOME). Mails the platform sends are caught on localhost:2525 and listed at
            http://localhost:8025/messages; the issuer (identity-server) is http://localhost:9000.

            Commands:
              up                  start everything in the foreground; Ctrl-C stops it all
              up --detach         start everything, return once all is healthy; 'down' stops it
              up --only infra     start just PostgreSQL, Kafka, the mail catcher and the identity-server (run a
                                  service from your IDE)
              up --only a,b       start those and the named services only
              down                stop what 'up' started, and nothing else
              status              pid, port and health of every process
              logs NAME [-f]      print (or follow) one log: a service name, identity-server, kafka, mail-catcher,
                                  postgres or launcher
              token USER          print an access token of a demo user (alice, bob: requesters; carol, dave:
                                  agents; erin: supervisor; frank: analyst; admin), e.g.
                                  curl -H "Authorization: Bearer $(./ticketflow token alice)" ...
              token --client-credentials   (or: token system) print a token of the system client
              reset [--yes]       delete all data (.ticketflow/data); refused while running
              help                this text

            Environment:
              TICKETFLOW_HOME               state folder (default: .ticketflow in the repository)
              TICKETFLOW_POSTGRES_HOST      use this PostgreSQL server instead of the embedded one
              TICKETFLOW_POSTGRES_PORT      its port (default 15432, also the embedded server's port)
              TICKETFLOW_POSTGRES_USER      its user (default postgres)
              TICKETFLOW_POSTGRES_PASSWORD  its password (default empty)
              TICKETFLOW_KAFKA_BOOTSTRAP    use this Kafka cluster instead of the local broker
              TICKETFLOW_READY_TIMEOUT      seconds to wait for every service to be ready (default 180)
            """;

    static CommandLine parse(String... args) {
        if (args.length == 0) {
            return help();
        }
        Command command = command(args[0]);
        boolean detach = false;
        List<ServiceSpec> services = ServiceSpec.ALL;
        boolean yes = false;
        boolean follow = false;
        boolean clientCredentials = false;
        String target = null;
        List<String> rest = List.of(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--detach", "-d" -> detach = allowedFor(command, Command.UP, arg);
                case "--only" -> {
                    allowedFor(command, Command.UP, arg);
                    if (i + 1 >= rest.size()) {
                        throw new IllegalArgumentException("--only needs a value: infra, or service names");
                    }
                    services = selection(rest.get(++i));
                }
                case "--yes", "-y" -> yes = allowedFor(command, Command.RESET, arg);
                case "--follow", "-f" -> follow = allowedFor(command, Command.LOGS, arg);
                case "--client-credentials" -> clientCredentials = allowedFor(command, Command.TOKEN, arg);
                default -> {
                    boolean takesName = command == Command.LOGS || command == Command.TOKEN;
                    if (!takesName || arg.startsWith("-") || target != null) {
                        throw new IllegalArgumentException("Unexpected argument for " + args[0] + ": " + arg);
                    }
                    target = arg;
                }
            }
        }
        if (command == Command.LOGS && target == null) {
            throw new IllegalArgumentException("logs needs a name: a service, identity-server, kafka, mail-catcher, "
                    + "postgres or launcher");
        }
        if (command == Command.TOKEN) {
            if (target == null && !clientCredentials) {
                throw new IllegalArgumentException("token needs a user (e.g. token alice) or --client-credentials");
            }
            if (target != null && clientCredentials && !target.equals(TokenCommand.SYSTEM)) {
                throw new IllegalArgumentException("token takes a user or --client-credentials, not both");
            }
        }
        return new CommandLine(command, detach, services, yes, follow, Optional.ofNullable(target), clientCredentials);
    }

    private static CommandLine help() {
        return new CommandLine(Command.HELP, false, ServiceSpec.ALL, false, false, Optional.empty(), false);
    }

    /**
     * {@code infra} alone starts PostgreSQL, Kafka, the mail catcher and the identity-server only; service names
     * (comma-separated, {@code infra} may be among them) start those services on top. The infrastructure always runs:
     * every service needs PostgreSQL and Kafka, a notification-service run from an IDE sends to the catcher by default,
     * and every service is told to trust the identity-server's tokens.
     */
    static List<ServiceSpec> selection(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                .filter(n -> !n.equals(INFRA)).toList();
        if (names.isEmpty() && !value.contains(INFRA)) {
            throw new IllegalArgumentException("--only needs a value: infra, or service names");
        }
        return names.stream().map(name -> ServiceSpec.named(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown service in --only: " + name + " (known: infra, "
                        + String.join(", ", ServiceSpec.ALL.stream().map(ServiceSpec::name).toList()) + ")")))
                .distinct().toList();
    }

    /** The --only value that selects these services again, for the detached supervisor. */
    static String selectionArgument(List<ServiceSpec> services) {
        return services.isEmpty() ? INFRA : String.join(",", services.stream().map(ServiceSpec::name).toList());
    }

    private static Command command(String word) {
        return switch (word) {
            case "up" -> Command.UP;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            case "logs" -> Command.LOGS;
            case "reset" -> Command.RESET;
            case "token" -> Command.TOKEN;
            case "help", "--help", "-h" -> Command.HELP;
            default -> throw new IllegalArgumentException("Unknown command: " + word);
        };
    }

    private static boolean allowedFor(Command actual, Command expected, String option) {
        if (actual != expected) {
            throw new IllegalArgumentException(option + " only applies to " + expected.name().toLowerCase());
        }
        return true;
    }
}
