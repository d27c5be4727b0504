package io.github.quarkmcp.runtime.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser origins may talk to the server: the defence against DNS rebinding that the MCP spec requires of
 * every transport. A request without {@code Origin} (not from a browser) is allowed; one from a page is allowed
 * only when the page is on localhost, on the host the server was configured to listen on, or on a configured
 * origin. The {@code Host} header is not trusted for this: a rebinding attack controls it.
 */
public final class OriginPolicy {

    private final boolean allowAll;
    private final Set<String> origins = new HashSet<>();
    private final Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));

    /**
     * @param allowedOrigins configured origins ({@code https://app.example.com}); {@code *} allows all
     * @param listenHost the host the server listens on ({@code quarkus.http.host}); a wildcard address adds nothing
     */
    public OriginPolicy(List<String> allowedOrigins, String listenHost) {
        boolean all = false;
        for (String origin : allowedOrigins) {
            String normalized = normalize(origin);
            all |= normalized.equals("*");
            origins.add(normalized);
        }
        this.allowAll = all;
        if (listenHost != null && !listenHost.isBlank() && !listenHost.equals("0.0.0.0") && !listenHost.equals("::")
                && !listenHost.equals("[::]")) {
            hosts.add(listenHost.toLowerCase(Locale.ROOT));
        }
    }

    public boolean allows(String origin) {
        if (origin == null || allowAll) {
            return true;
        }
        String normalized = normalize(origin);
        if (origins.contains(normalized)) {
            return true;
        }
        try {
            String host = new URI(normalized).getHost();
            return host != null && hosts.contains(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
