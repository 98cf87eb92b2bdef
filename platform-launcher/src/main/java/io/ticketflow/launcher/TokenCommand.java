package io.ticketflow.launcher;

import io.ticketflow.launcher.token.IdentityClient;
import io.ticketflow.launcher.token.IdentitySecrets;
import io.ticketflow.launcher.token.TokenFlowException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code token USER}: prints an access token of a demo user, got from the running identity-server through the real
 * authorization code flow with PKCE (the CLI client, the user's generated password from the identity-server's secrets
 * file); {@code token --client-credentials} or {@code token system} prints one of the system client. Only the token goes
 * to standard output, so {@code $(./ticketflow token alice)} is a bearer token.
 */
final class TokenCommand {
    /** The name that asks for the system client's token, as {@code --client-credentials} does. */
    static final String SYSTEM = "system";
    /** Like a usage error: the request cannot be right whatever runs. */
    static final int UNKNOWN_USER = 2;

    private final Path secretsFile;
    private final URI issuer;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(LocalIdentityServer identity, PrintStream out, PrintStream err) {
        this(identity.secretsFile(), URI.create(LocalIdentityServer.ISSUER), out, err);
    }

    TokenCommand(Path secretsFile, URI issuer, PrintStream out, PrintStream err) {
        this.secretsFile = secretsFile;
        this.issuer = issuer;
        this.out = out;
        this.err = err;
    }

    int run(Optional<String> user, boolean clientCredentials) {
        IdentitySecrets secrets = secrets();
        IdentityClient client = new IdentityClient(issuer);
        try {
            if (clientCredentials || user.filter(SYSTEM::equals).isPresent()) {
                String secret = secrets.clientSecret(IdentityClient.SYSTEM_CLIENT).orElseThrow(() ->
                        new LauncherException(secretsFile + " holds no secret for " + IdentityClient.SYSTEM_CLIENT));
                out.println(client.clientCredentials(IdentityClient.SYSTEM_CLIENT, secret));
                return 0;
            }
            String name = user.orElseThrow();
            Optional<String> password = secrets.password(name);
            if (password.isEmpty()) {
                err.println("Unknown user '" + name + "'. Known users: " + String.join(", ", secrets.users())
                        + "; and " + SYSTEM + " (or --client-credentials) for the system client.");
                return UNKNOWN_USER;
            }
            out.println(client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI, name,
                    password.get()));
            return 0;
        } catch (TokenFlowException e) {
            boolean unreachable = e.getCause() instanceof IOException;
            throw new LauncherException(e.getMessage() + (unreachable
                    ? "\nIs the platform up? See ./ticketflow status; start it with ./ticketflow up --detach." : ""), e);
        }
    }

    private IdentitySecrets secrets() {
        if (!Files.exists(secretsFile)) {
            throw new LauncherException("No demo users yet: the identity-server writes their passwords to "
                    + secretsFile + " at its first start. Start the platform with ./ticketflow up --detach.");
        }
        try {
            return IdentitySecrets.read(secretsFile);
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + secretsFile + ": " + e.getMessage(), e);
        }
    }
}
