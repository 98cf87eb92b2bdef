package io.ticketflow.launcher.token;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the login page the way a browser fills it in: the hidden CSRF input Spring Security renders into the form
 * must be posted back with the credentials, or the login is refused.
 */
public final class LoginForm {
    public static final String CSRF_PARAMETER = "_csrf";
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private LoginForm() {
    }

    /** The value of the {@code _csrf} input of the page, whatever the order or quoting of its attributes. */
    public static String csrfToken(String html) {
        return hiddenValue(html, CSRF_PARAMETER).orElseThrow(() -> new TokenFlowException(
                "The identity-server's login page has no " + CSRF_PARAMETER + " input"));
    }

    static Optional<String> hiddenValue(String html, String name) {
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String inputName = null;
            String value = null;
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                String attributeValue = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                switch (attribute.group(1).toLowerCase()) {
                    case "name" -> inputName = attributeValue;
                    case "value" -> value = attributeValue;
                    default -> {
                        // type, id, class: the name tells the inputs apart
                    }
                }
            }
            if (name.equals(inputName) && value != null) {
                return Optional.of(unescape(value));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
