package io.ticketflow.launcher.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets file the identity-server generates at its first start ({@value #FILE_NAME} in its home folder, readable by
 * its owner only): one {@code user.NAME.password} line per demo user and one {@code client.ID.secret} line per
 * confidential client. The users it lists are the users that exist.
 */
public final class IdentitySecrets {
    public static final String FILE_NAME = "secrets.properties";
    private static final String USER_PREFIX = "user.";
    private static final String USER_SUFFIX = ".password";
    private static final String CLIENT_PREFIX = "client.";
    private static final String CLIENT_SUFFIX = ".secret";

    private final Map<String, String> entries;

    private IdentitySecrets(Map<String, String> entries) {
        this.entries = entries;
    }

    public static IdentitySecrets read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static IdentitySecrets parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 1) {
                continue;
            }
            entries.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
        }
        return new IdentitySecrets(entries);
    }

    /** The demo users, in the order the file lists them. */
    public List<String> users() {
        List<String> users = new ArrayList<>();
        entries.keySet().stream().filter(k -> k.startsWith(USER_PREFIX) && k.endsWith(USER_SUFFIX))
                .map(k -> k.substring(USER_PREFIX.length(), k.length() - USER_SUFFIX.length())).forEach(users::add);
        return users;
    }

    public Optional<String> password(String user) {
        return Optional.ofNullable(entries.get(USER_PREFIX + user + USER_SUFFIX));
    }

    public Optional<String> clientSecret(String clientId) {
        return Optional.ofNullable(entries.get(CLIENT_PREFIX + clientId + CLIENT_SUFFIX));
    }

    @Override
    public String toString() {
        return "IdentitySecrets" + users();
    }
}
