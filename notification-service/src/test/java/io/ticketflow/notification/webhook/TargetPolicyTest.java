package io.ticketflow.notification.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetPolicyTest {

    /** Literals only, so no test asks DNS; names the table maps. */
    private static final Map<String, String[]> NAMES = Map.of(
            "hooks.example.com", new String[] {"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
            "rebound.example.com", new String[] {"93.184.215.14", "10.0.0.7"},
            "receiver.internal", new String[] {"10.1.2.3"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] literals = NAMES.get(host);
        if (literals == null) {
            if (!host.matches("[0-9.]+") && !host.contains(":")) {
                throw new UnknownHostException("not in the test's table");
            }
            literals = new String[] {host};
        }
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
    }

    private final TargetPolicy strict = new TargetPolicy(List.of(), TargetPolicyTest::resolve);

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, a loopback address",
            "127.0.0.2, a loopback address",
            "::1, a loopback address",
            "169.254.169.254, a link-local address",
            "fe80::1, a link-local address",
            "10.0.0.1, a private address",
            "172.16.0.1, a private address",
            "172.31.255.254, a private address",
            "192.168.1.1, a private address",
            "fc00::1, a private address",
            "fd12:3456::1, a private address",
            "100.64.0.1, a private address",
            "0.0.0.0, an unspecified address",
            "::, an unspecified address",
            "224.0.0.1, a multicast address",
            "ff02::1, a multicast address",
            "255.255.255.255, a reserved address",
            "::ffff:10.0.0.1, a private address",
            "64:ff9b::7f00:1, a loopback address"})
    void internal_addresses_are_refused_with_their_kind(String address, String kind) throws Exception {
        assertThat(strict.refusal(address)).contains("resolves to " + kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "172.32.0.1", "192.169.0.1", "8.8.8.8", "2606:4700::1111",
            "hooks.example.com"})
    void public_addresses_and_hosts_are_taken(String host) throws Exception {
        assertThat(strict.refusal(host)).isEmpty();
    }

    @Test
    void a_host_with_any_internal_address_is_refused() throws Exception {
        assertThat(strict.refusal("rebound.example.com")).contains("resolves to a private address");
    }

    @Test
    void a_bracketed_ipv6_host_as_a_url_names_it_is_judged_by_its_address() throws Exception {
        assertThat(strict.refusal("[::1]")).contains("resolves to a loopback address");
    }

    @Test
    void allow_listed_addresses_blocks_and_host_names_are_taken() throws Exception {
        TargetPolicy allowing = new TargetPolicy(List.of("127.0.0.1", "10.20.0.0/16", "Receiver.Internal"),
                TargetPolicyTest::resolve);

        assertThat(allowing.refusal("127.0.0.1")).isEmpty();
        assertThat(allowing.refusal("10.20.3.4")).isEmpty();
        assertThat(allowing.refusal("receiver.internal")).isEmpty();
        // the allow-list names exactly what it names
        assertThat(allowing.refusal("127.0.0.2")).contains("resolves to a loopback address");
        assertThat(allowing.refusal("10.21.0.1")).contains("resolves to a private address");
    }

    @Test
    void a_host_that_does_not_resolve_is_an_unknown_host() {
        assertThatThrownBy(() -> strict.refusal("nowhere.example.com")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void an_allow_list_entry_that_is_no_block_fails_at_start() {
        assertThatThrownBy(() -> new TargetPolicy(List.of("10.0.0.0/33"), TargetPolicyTest::resolve))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new TargetPolicy(List.of("example.com/8"), TargetPolicyTest::resolve))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example.com/8");
    }
}
