package io.ticketflow.launcher.token;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The end of the authorization: the identity-server redirects to the client's redirect URI with {@code code} and
 * {@code state} (or {@code error}) in the query. The client never listens there; it reads the redirect's
 * {@code Location} instead.
 */
public final class AuthorizationResponse {
    private AuthorizationResponse() {
    }

    /** True when {@code location} points at the redirect URI (any query), i.e. the authorization has ended. */
    public static boolean isRedirectTo(URI location, URI redirectUri) {
        return location.getScheme() != null && location.getScheme().equalsIgnoreCase(redirectUri.getScheme())
                && location.getHost() != null && location.getHost().equalsIgnoreCase(redirectUri.getHost())
                && location.getPort() == redirectUri.getPort()
                && location.getRawPath().equals(redirectUri.getRawPath());
    }

    /**
     * The authorization code of {@code location}, after checking that its {@code state} is the one sent: a code for
     * another request must not be redeemed.
     */
    public static String code(URI location, String expectedState) {
        Map<String, String> parameters = query(location);
        if (parameters.containsKey("error")) {
            String description = parameters.get("error_description");
            throw new TokenFlowException("The identity-server refused the authorization: " + parameters.get("error")
                    + (description != null ? " (" + description + ")" : ""));
        }
        if (!expectedState.equals(parameters.get("state"))) {
            throw new TokenFlowException("The authorization response carries another state than the request's");
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            throw new TokenFlowException("The authorization response has no code");
        }
        return code;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(decode(name), decode(value));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
