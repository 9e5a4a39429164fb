package fr.liseuse.source;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ProxySelector} from the environment, as curl reads it: {@code http_proxy} for http URLs,
 * {@code https_proxy} for https URLs, {@code no_proxy} for exceptions; each lower-case name wins over
 * its upper-case form. NO_PROXY entries are {@code *}, host names (also matching their subdomains),
 * {@code .domain}, IP addresses and {@code host:port}. A proxy value without a port uses 1080, as curl.
 * Neither Java client reads these variables by itself.
 */
public final class EnvProxy extends ProxySelector {

    static final int DEFAULT_PORT = 1080;

    private final Setting http;
    private final Setting https;
    private final List<NoProxyRule> exceptions;

    public EnvProxy(Map<String, String> env) {
        this.http = Setting.parse(variable(env, "http_proxy"));
        this.https = Setting.parse(variable(env, "https_proxy"));
        this.exceptions = NoProxyRule.parseAll(variable(env, "no_proxy"));
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null) throw new IllegalArgumentException("uri");
        return List.of(proxyFor(uri));
    }

    /** The proxy for {@code uri}, or {@link Proxy#NO_PROXY}. */
    public Proxy proxyFor(URI uri) {
        Setting s = settingFor(uri);
        return s == null || s.proxy == null ? Proxy.NO_PROXY : s.proxy;
    }

    /**
     * When the proxy configured for {@code uri} cannot be used by Java's HTTP client (SOCKS, a TLS
     * proxy, an unreadable value), a short description of it; requests must then fail rather than
     * silently go out directly.
     */
    public Optional<String> unsupported(URI uri) {
        Setting s = settingFor(uri);
        return s == null || s.problem == null ? Optional.empty() : Optional.of(s.problem);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to fall back to: the request itself reports the failure
    }

    private Setting settingFor(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Setting s = switch (scheme) {
            case "http" -> http;
            case "https" -> https;
            default -> null;
        };
        if (s == null || uri.getHost() == null) return null;
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
        String host = normaliseHost(uri.getHost());
        for (NoProxyRule rule : exceptions) {
            if (rule.matches(host, port)) return null;
        }
        return s;
    }

    private static String variable(Map<String, String> env, String lowerName) {
        String lower = env.get(lowerName);
        if (lower != null && !lower.isBlank()) return lower.strip();
        String upper = env.get(lowerName.toUpperCase(Locale.ROOT));
        return upper == null || upper.isBlank() ? null : upper.strip();
    }

    static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }

    /** One proxy variable: either a usable proxy or a problem, or null when unset. */
    private static final class Setting {
        final Proxy proxy;
        final String problem;

        private Setting(Proxy proxy, String problem) {
            this.proxy = proxy;
            this.problem = problem;
        }

        static Setting parse(String value) {
            if (value == null) return null;
            String v = value.contains("://") ? value : "http://" + value;
            try {
                URI u = new URI(v);
                String scheme = u.getScheme().toLowerCase(Locale.ROOT);
                if (u.getHost() == null) return new Setting(null, Excerpt.of(v, 60));
                if (!scheme.equals("http")) return new Setting(null, scheme + "://");
                int port = u.getPort() >= 0 ? u.getPort() : DEFAULT_PORT;
                return new Setting(new Proxy(Proxy.Type.HTTP,
                        InetSocketAddress.createUnresolved(u.getHost(), port)), null);
            } catch (URISyntaxException e) {
                return new Setting(null, Excerpt.of(v, 60));
            }
        }
    }

    /** One NO_PROXY entry. */
    private record NoProxyRule(String host, int port) {

        static List<NoProxyRule> parseAll(String value) {
            List<NoProxyRule> rules = new ArrayList<>();
            if (value == null) return rules;
            for (String raw : value.split("[,\\s]+")) {
                String e = raw.strip().toLowerCase(Locale.ROOT);
                if (e.isEmpty()) continue;
                if (e.equals("*")) {
                    rules.add(new NoProxyRule("*", -1));
                    continue;
                }
                int port = -1;
                String host = e;
                if (e.startsWith("[")) {
                    int close = e.indexOf(']');
                    if (close < 0) continue;
                    host = e.substring(1, close);
                    port = portAfter(e.substring(close + 1));
                } else if (e.indexOf(':') >= 0 && e.indexOf(':') == e.lastIndexOf(':')) {
                    int colon = e.indexOf(':');
                    host = e.substring(0, colon);
                    port = portAfter(e.substring(colon));
                }
                if (host.startsWith("*.")) host = host.substring(2);
                if (host.startsWith(".")) host = host.substring(1);
                host = normaliseHost(host);
                if (!host.isEmpty()) rules.add(new NoProxyRule(host, port));
            }
            return rules;
        }

        private static int portAfter(String rest) {
            if (!rest.startsWith(":")) return -1;
            try {
                return Integer.parseInt(rest.substring(1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        boolean matches(String target, int targetPort) {
            if (host.equals("*")) return true;
            if (port >= 0 && port != targetPort) return false;
            return target.equals(host) || target.endsWith("." + host);
        }
    }
}
