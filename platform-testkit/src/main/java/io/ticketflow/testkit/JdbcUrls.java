package io.ticketflow.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and rewriting {@code jdbc:postgresql://hosts/database?parameters} URLs. */
final class JdbcUrls {

    private static final Pattern POSTGRES_URL =
            Pattern.compile("^(jdbc:postgresql://)([^/?]*)(/[^?]*)?(\\?.*)?$");

    private JdbcUrls() {
    }

    /** The same server, host list and parameters, pointing at another database. */
    static String withDatabase(String jdbcUrl, String database) {
        Matcher url = parse(jdbcUrl);
        String parameters = url.group(4) == null ? "" : url.group(4);
        return url.group(1) + url.group(2) + "/" + database + parameters;
    }

    static String hostAndPort(String jdbcUrl) {
        return parse(jdbcUrl).group(2);
    }

    private static Matcher parse(String jdbcUrl) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: " + jdbcUrl);
        }
        return url;
    }
}
