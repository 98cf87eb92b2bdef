package io.ticketflow.notification.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which webhook targets may be called. A target whose host resolves to any address inside the platform's own
 * network (loopback, link-local such as cloud metadata at 169.254.169.254, private, unspecified, multicast) is
 * refused, because a subscriber could otherwise make this service call internal endpoints for them. Every address
 * counts, not just the first: the HTTP client may connect to any of them. Allow-listed host names and address
 * blocks are exempt.
 */
final class TargetPolicy {

    /** Looks a host up; the JVM's resolver in production. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final AddressBlock UNIQUE_LOCAL = AddressBlock.of("fc00::/7");
    private static final AddressBlock THIS_NETWORK = AddressBlock.of("0.0.0.0/8");
    private static final AddressBlock SHARED = AddressBlock.of("100.64.0.0/10");
    private static final AddressBlock RESERVED = AddressBlock.of("240.0.0.0/4");
    // IPv6 forms that carry an IPv4 address a gateway may forward to: the IPv4 part is judged instead
    private static final AddressBlock NAT64 = AddressBlock.of("64:ff9b::/96");
    private static final AddressBlock IPV4_COMPATIBLE = AddressBlock.of("::/96");

    private final Set<String> allowedHosts;
    private final List<AddressBlock> allowedBlocks;
    private final Resolver resolver;

    /**
     * @param allowed host names, IP addresses or CIDR blocks exempt from the rules (blank entries are ignored)
     * @throws IllegalArgumentException naming an entry that is neither a host name nor a valid block
     */
    TargetPolicy(List<String> allowed, Resolver resolver) {
        List<String> allowedTargets = allowed.stream().filter(entry -> !entry.isBlank()).toList();
        this.allowedBlocks = allowedTargets.stream().map(AddressBlock::parse).flatMap(Optional::stream).toList();
        this.allowedHosts = allowedTargets.stream().filter(entry -> AddressBlock.parse(entry).isEmpty())
                .map(entry -> entry.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * Why a host may not be targeted, e.g. "resolves to a loopback address"; empty when it may.
     *
     * @throws UnknownHostException when the host does not resolve
     */
    Optional<String> refusal(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Arrays.stream(resolver.resolve(bare))
                .filter(address -> allowedBlocks.stream().noneMatch(block -> block.contains(address)))
                .map(TargetPolicy::internalKind).flatMap(Optional::stream).findFirst()
                .map(kind -> "resolves to " + kind);
    }

    /** What kind of internal address this is, e.g. "a loopback address"; empty for a public one. */
    static Optional<String> internalKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && !address.isAnyLocalAddress() && !address.isLoopbackAddress()
                && (NAT64.contains(bytes) || IPV4_COMPATIBLE.contains(bytes))) {
            try {
                return internalKind(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (address.isAnyLocalAddress() || THIS_NETWORK.contains(bytes)) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || UNIQUE_LOCAL.contains(bytes) || SHARED.contains(bytes)) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (RESERVED.contains(bytes)) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }
}
