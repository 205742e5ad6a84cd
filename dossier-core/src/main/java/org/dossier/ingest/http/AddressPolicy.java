package org.dossier.ingest.http;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses Dossier may fetch from: by default only public ones. Loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, where cloud metadata services live), shared CGNAT
 * (100.64/10), multicast, unspecified and reserved addresses are refused, also when written as IPv4-mapped or
 * IPv4-compatible IPv6, or embedded in 6to4. The check is made on the addresses a name RESOLVES to, and
 * {@link HttpFetcher} connects to exactly those checked addresses, so a name that resolves differently a moment
 * later (DNS rebinding) cannot slip through. Hosts named with {@code --allow-host} are fetched whatever their
 * address. Immutable.
 */
public final class AddressPolicy {

    /** A resolver, so that tests can make a name resolve to any address. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    private AddressPolicy(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts;
        this.resolver = resolver;
    }

    /** Public addresses only. */
    public static AddressPolicy publicOnly() {
        return allowing(List.of());
    }

    /**
     * Public addresses, and any address of the hosts named (as written in URLs: a name or an IP literal, case
     * insensitive; IPv6 literals with or without brackets).
     */
    public static AddressPolicy allowing(Collection<String> hosts) {
        return new AddressPolicy(hosts.stream().map(AddressPolicy::normalize).collect(Collectors.toUnmodifiableSet()),
                InetAddress::getAllByName);
    }

    /** The same policy, resolving names with {@code resolver}. */
    public AddressPolicy withResolver(Resolver resolver) {
        return new AddressPolicy(allowedHosts, resolver);
    }

    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    /**
     * The addresses to connect to for {@code host} (as written in the URL), each checked.
     *
     * @throws IOException naming the URL, the address and the fix, when the host is not allowed and any address it
     *                     resolves to is not public (one private answer is enough: a name that resolves to both is
     *                     a rebinding trick)
     */
    List<InetAddress> addressesFor(String url, String host) throws IOException {
        String name = normalize(host);
        InetAddress[] all;
        try {
            all = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new IOException(url + ": no such host '" + name + "'; check the URL and the network");
        }
        if (all == null || all.length == 0) {
            throw new IOException(url + ": no such host '" + name + "'; check the URL and the network");
        }
        if (allowedHosts.contains(name)) {
            return List.of(all);
        }
        for (InetAddress a : all) {
            String why = whyRefused(a);
            if (why != null) {
                throw new IOException(url + ": refused: '" + name + "' is " + a.getHostAddress() + ", " + why
                        + "; Dossier fetches only public addresses, so that a URL or a feed cannot make it read this "
                        + "machine or its network. If this host is yours to read, allow it with --allow-host " + name);
            }
        }
        return List.of(all);
    }

    /** Why {@code a} is not a public address, or {@code null} when it is. */
    public static String whyRefused(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                String why = whyRefusedV4(v4);
                return why == null ? null : why + " (written as IPv6)";
            }
            if (a.isAnyLocalAddress()) {
                return "the unspecified address";
            }
            if (a.isLoopbackAddress()) {
                return "a loopback address (this machine)";
            }
            if (a.isLinkLocalAddress() || (b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0x80)) {
                return "a link-local address";
            }
            if ((b[0] & 0xfe) == 0xfc || a.isSiteLocalAddress()) {
                return "a private address";
            }
            if (a.isMulticastAddress()) {
                return "a multicast address";
            }
            if ((b[0] & 0xe0) != 0x20) {
                return "not a global unicast address";
            }
            return null;
        }
        return whyRefusedV4(b);
    }

    private static String whyRefusedV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return "the unspecified address";
        }
        if (a0 == 127) {
            return "a loopback address (this machine)";
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 < 32) || (a0 == 192 && a1 == 168)) {
            return "a private address";
        }
        if (a0 == 169 && a1 == 254) {
            return "a link-local address (where cloud metadata services answer)";
        }
        if (a0 == 100 && a1 >= 64 && a1 < 128) {
            return "a shared (CGNAT) address";
        }
        if (a0 >= 224 && a0 < 240) {
            return "a multicast address";
        }
        if (a0 >= 240) {
            return "a reserved or broadcast address";
        }
        if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) {
            return "a reserved address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible or 6to4 IPv6 address, or {@code null}. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        if (zeros80 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))))) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static String normalize(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
