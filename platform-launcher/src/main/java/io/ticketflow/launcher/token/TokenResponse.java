package io.ticketflow.launcher.token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access token out of the token endpoint's JSON answer. A pattern, not a JSON library: the launcher has none, and
 * a JWT is made of base64url characters and dots only, so no escaping can hide in it.
 */
public final class TokenResponse {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9._~+/=-]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"");

    private TokenResponse() {
    }

    public static String accessToken(int statusCode, String body) {
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (statusCode == 200 && token.find()) {
            return token.group(1);
        }
        Matcher error = ERROR.matcher(body);
        throw new TokenFlowException("The token endpoint answered " + statusCode
                + (error.find() ? " " + error.group(1) : "") + " and no access token");
    }
}
