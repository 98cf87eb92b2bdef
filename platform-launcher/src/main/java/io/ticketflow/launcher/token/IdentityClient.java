package io.ticketflow.launcher.token;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gets access tokens from the identity-server the way its real clients do. The authorization code flow runs as a
 * browser would (cookies, the login form, redirects) but stops at the redirect to the client: the code is read from
 * that {@code Location}, so nothing needs to listen on the redirect URI.
 */
public final class IdentityClient {
    /** The command line's public client: authorization code with PKCE, redirect to a loopback port nobody listens on. */
    public static final String CLI_CLIENT = "ticketflow-cli";
    public static final URI CLI_REDIRECT_URI = URI.create("http://127.0.0.1:8765/callback");
    /** The confidential client of internal systems: client credentials, role {@code system}. */
    public static final String SYSTEM_CLIENT = "ticketflow-system";
    /** Openid makes the issuer an OIDC provider for the token: the roles and email are in the access token anyway. */
    private static final String SCOPE = "openid";
    /** authorize → login → authorize again → redirect: anything longer is a loop. */
    private static final int MAX_REDIRECTS = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;

    public IdentityClient(URI issuer) {
        String text = issuer.toString();
        this.issuer = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The access token {@code username} gets through {@code clientId}, a public client with PKCE. */
    public String authorizationCode(String clientId, URI redirectUri, String username, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        Pkce pkce = Pkce.generate();
        String state = randomState();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", clientId);
        request.put("redirect_uri", redirectUri.toString());
        request.put("scope", SCOPE);
        request.put("state", state);
        request.put("code_challenge", pkce.challenge());
        request.put("code_challenge_method", "S256");
        URI authorize = URI.create(issuer + "/oauth2/authorize?" + form(request));

        URI loginPage = redirectOf(authorize, send(http, get(authorize)), "the authorization request");
        HttpResponse<String> page = send(http, get(loginPage));
        if (page.statusCode() != 200) {
            throw new TokenFlowException("The login page " + loginPage + " answered " + page.statusCode());
        }
        URI loginAction = URI.create(loginPage.getScheme() + "://" + loginPage.getRawAuthority() + loginPage.getRawPath());
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", username);
        credentials.put("password", password);
        credentials.put(LoginForm.CSRF_PARAMETER, LoginForm.csrfToken(page.body()));
        URI next = redirectOf(loginAction, send(http, post(loginAction, form(credentials))), "the login");
        if (next.getRawPath().equals(loginAction.getRawPath())) {
            throw new TokenFlowException("The identity-server refused the login of '" + username
                    + "': wrong password, or not a user it knows");
        }
        for (int hop = 0; !AuthorizationResponse.isRedirectTo(next, redirectUri); hop++) {
            if (hop == MAX_REDIRECTS) {
                throw new TokenFlowException("The authorization did not come back to " + redirectUri + " within "
                        + MAX_REDIRECTS + " redirects (last: " + next.getRawPath() + ")");
            }
            next = redirectOf(next, send(http, get(next)), "the authorization after the login");
        }
        String code = AuthorizationResponse.code(next, state);

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", redirectUri.toString());
        exchange.put("client_id", clientId);
        exchange.put("code_verifier", pkce.verifier());
        HttpResponse<String> token = send(http, post(tokenEndpoint(), form(exchange)));
        return TokenResponse.accessToken(token.statusCode(), token.body());
    }

    /** The access token of a confidential client, authenticated with its secret (client_secret_basic). */
    public String clientCredentials(String clientId, String secret) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = post(tokenEndpoint(), form(Map.of("grant_type", "client_credentials")))
                .header("Authorization", "Basic " + basic).build();
        HttpResponse<String> token = sendBuilt(http, request);
        return TokenResponse.accessToken(token.statusCode(), token.body());
    }

    public URI tokenEndpoint() {
        return URI.create(issuer + "/oauth2/token");
    }

    private static URI redirectOf(URI requested, HttpResponse<String> response, String step) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (status / 100 != 3 || location == null) {
            throw new TokenFlowException("The identity-server answered " + status + " to " + step
                    + " where a redirect was expected");
        }
        return requested.resolve(location);
    }

    private static HttpRequest.Builder get(URI uri) {
        // a browser's Accept: the authorization endpoint sends HTML clients to the login page, others get a 401
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET();
    }

    private static HttpRequest.Builder post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        return sendBuilt(http, request.build());
    }

    private HttpResponse<String> sendBuilt(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenFlowException("The identity-server does not answer at " + issuer + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenFlowException("Interrupted while talking to the identity-server", e);
        }
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
