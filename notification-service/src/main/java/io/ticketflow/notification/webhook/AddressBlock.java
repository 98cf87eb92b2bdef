package io.ticketflow.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IP address or CIDR block ({@code 10.0.0.0/8}, {@code fc00::/7}, {@code 127.0.0.1}). */
record AddressBlock(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * The block an entry names, or empty when it is not an IP address or CIDR block (a host name). Never asks DNS:
     * only literals are handed to {@link InetAddress}.
     */
    static Optional<AddressBlock> parse(String entry) {
        String[] parts = entry.trim().split("/", 2);
        String address = parts[0].startsWith("[") && parts[0].endsWith("]")
                ? parts[0].substring(1, parts[0].length() - 1) : parts[0];
        if (!IPV4.matcher(address).matches() && !address.contains(":")) {
            if (parts.length > 1) {
                throw new IllegalArgumentException("'" + entry + "' is not a CIDR block");
            }
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + entry + "' is not an IP address", e);
        }
        int prefix = bytes.length * 8;
        if (parts.length > 1) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + entry + "' has no valid prefix length", e);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("'" + entry + "' has no valid prefix length");
            }
        }
        return Optional.of(new AddressBlock(bytes, prefix));
    }

    static AddressBlock of(String cidr) {
        return parse(cidr).orElseThrow();
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] candidate) {
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
