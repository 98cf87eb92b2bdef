package io.ticketflow.gateway.limits;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request without a token is counted under. The connection's remote address, unless that is one of
 * the trusted proxies ({@code spring.cloud.gateway.server.webflux.trusted-proxies}, the pattern the gateway already
 * trusts with the X-Forwarded-* headers): then the last {@code X-Forwarded-For} entry that is not itself a trusted
 * proxy. Entries further left are what the client wrote and prove nothing, so a caller cannot leave its bucket by
 * inventing addresses.
 */
final class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Pattern trustedProxies;

    /** @param trustedProxies a regular expression over IP addresses; blank trusts none */
    ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null || trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
    }

    String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (!trusted(address)) {
            return address;
        }
        List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED_FOR);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!hop.isEmpty() && !trusted(hop)) {
                return hop;
            }
        }
        return address;
    }

    private boolean trusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }
}
