package org.dossier.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 421 Misdirected Request, a request whose {@code Host} header does not name this server: a web page
 * the analyst visits could otherwise point its own name at 127.0.0.1 (DNS rebinding) and read the store through the
 * browser, which would send that page's name as the Host. Accepted: {@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, the address the server is bound to and the address the request arrived at, each with the server's
 * port; and the names given with {@code --allowed-host}, with any port (a reverse proxy may show another).
 */
final class HostCheck {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final String bound;
    private final List<String> allowed;

    HostCheck(String boundHost, List<String> allowedHosts) {
        this.bound = name(boundHost);
        this.allowed = allowedHosts.stream().map(HostCheck::name).toList();
    }

    void check(Context ctx) {
        String header = ctx.header("Host");
        int port = ctx.req().getLocalPort();
        if (header != null && accepts(header.strip(), port, ctx.req().getLocalAddr())) {
            return;
        }
        throw new HttpResponseException(421, "this server answers only requests addressed to it (Host "
                + (header == null ? "missing" : "'" + header + "'") + "); use http://localhost:" + port
                + "/ or http://127.0.0.1:" + port + "/, or start it with --allowed-host NAME to be reached by that name");
    }

    /** Whether a {@code Host} header value names this server, listening on {@code port} at {@code localAddress}. */
    boolean accepts(String header, int port, String localAddress) {
        String name;
        String portPart;
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            if (end < 0) {
                return false;
            }
            name = header.substring(1, end);
            portPart = header.substring(end + 1);
        } else {
            int colon = header.lastIndexOf(':');
            name = colon < 0 ? header : header.substring(0, colon);
            portPart = colon < 0 ? "" : header.substring(colon);
        }
        if (!portPart.isEmpty() && !portPart.matches(":\\d{1,5}")) {
            return false;
        }
        name = name(name);
        if (allowed.contains(name)) {
            return true;
        }
        boolean samePort = portPart.isEmpty() ? port == 80 : Integer.parseInt(portPart.substring(1)) == port;
        if (!samePort) {
            return false;
        }
        return LOOPBACK.contains(name) || (!unspecified(bound) && name.equals(bound))
                || (localAddress != null && name.equals(name(localAddress)));
    }

    private static boolean unspecified(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
    }

    private static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("0:0:0:0:0:0:0:1")) {
            h = "::1";
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
