package fr.liseuse.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.LoopbackServer;
import fr.liseuse.source.SourceException.Kind;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EnvProxyTest {

    private static String proxyOf(Map<String, String> env, String url) {
        Proxy p = new EnvProxy(env).proxyFor(URI.create(url));
        return p.type() == Proxy.Type.DIRECT ? "direct" : p.address().toString();
    }

    @Test
    void usesTheProxyOfTheUrlScheme() {
        Map<String, String> env = Map.of("HTTP_PROXY", "http://web-proxy:3128", "HTTPS_PROXY", "secure-proxy:8443");
        assertEquals("web-proxy/<unresolved>:3128", proxyOf(env, "http://example.org/"));
        assertEquals("secure-proxy/<unresolved>:8443", proxyOf(env, "https://example.org/"));
    }

    @Test
    void lowerCaseWinsOverUpperCase() {
        Map<String, String> env = Map.of("http_proxy", "http://lower:1", "HTTP_PROXY", "http://upper:2");
        assertEquals("lower/<unresolved>:1", proxyOf(env, "http://example.org/"));
    }

    @Test
    void aProxyWithoutPortUsesCurlsDefault() {
        assertEquals("p/<unresolved>:1080", proxyOf(Map.of("http_proxy", "http://p"), "http://example.org/"));
    }

    @Test
    void noProxyRulesMatchHostsDomainsPortsAndStar() {
        Map<String, String> env = Map.of("http_proxy", "http://p:1",
                "no_proxy", "intranet.test, .lille.example,10.0.0.7 , localhost:8080");
        assertEquals("direct", proxyOf(env, "http://intranet.test/"));
        assertEquals("direct", proxyOf(env, "http://wiki.intranet.test/"));
        assertEquals("direct", proxyOf(env, "http://www.lille.example/"));
        assertEquals("direct", proxyOf(env, "http://lille.example/"));
        assertEquals("direct", proxyOf(env, "http://10.0.0.7/"));
        assertEquals("direct", proxyOf(env, "http://localhost:8080/"));
        assertEquals("p/<unresolved>:1", proxyOf(env, "http://localhost:9090/"));
        assertEquals("p/<unresolved>:1", proxyOf(env, "http://notintranet.test/"));
        assertEquals("direct", proxyOf(Map.of("http_proxy", "http://p:1", "NO_PROXY", "*"), "http://any.example/"));
    }

    @Test
    void socksProxiesAreReportedRatherThanSilentlyBypassed() {
        EnvProxy proxies = new EnvProxy(Map.of("https_proxy", "socks5://127.0.0.1:9050"));
        assertEquals("socks5://", proxies.unsupported(URI.create("https://example.org/")).orElseThrow());
        assertTrue(proxies.unsupported(URI.create("http://example.org/")).isEmpty());
    }

    @Test
    void anUnreadableProxyIsReportedWithoutItsPassword() {
        for (String value : new String[] {"alice:mot secret@proxy.test:3128", "http://alice:mot secret@proxy.test:3128"}) {
            String shown = new EnvProxy(Map.of("https_proxy", value)).unsupported(URI.create("https://example.org/")).orElseThrow();
            assertEquals("http://proxy.test:3128", shown);
        }
    }

    @Test
    void anUnsupportedProxyMakesTheFetchFail() {
        Sources s = new Sources(SourceOptions.defaults(Map.of("http_proxy", "socks5://127.0.0.1:1")));
        SourceException e = assertThrows(SourceException.class, () -> s.open("http://example.org/"));
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("proxy"), e.getMessage());
    }

    @Test
    void requestsGoThroughTheProxyFromTheEnvironment() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LoopbackServer proxy = loopbackServer(seen)) {
            String address = proxy.base();
            Sources s = new Sources(SourceOptions.defaults(Map.of("HTTP_PROXY", address)));
            Fetched f = s.open("http://origin.test/article?id=3");
            assertEquals(List.of("http://origin.test/article?id=3"), seen);
            assertEquals("http://origin.test/article?id=3", f.baseUri());
            assertTrue(Charsets.decode(f).contains("via proxy"));
        }
    }

    @Test
    void noProxyHostsAreFetchedDirectly() throws Exception {
        List<String> atProxy = new CopyOnWriteArrayList<>();
        List<String> atOrigin = new CopyOnWriteArrayList<>();
        try (LoopbackServer proxy = loopbackServer(atProxy); LoopbackServer origin = loopbackServer(atOrigin)) {
            Map<String, String> env = Map.of("http_proxy", proxy.base(), "no_proxy", "127.0.0.1");
            new Sources(SourceOptions.defaults(env)).open(origin.base() + "/p");
            assertEquals(List.of(), atProxy);
            assertEquals(List.of("/p"), atOrigin);
        }
    }

    @Test
    void withoutProxyVariablesEverythingIsDirect() {
        assertEquals("direct", proxyOf(Map.of(), "http://example.org/"));
        assertFalse(new EnvProxy(Map.of()).unsupported(URI.create("http://example.org/")).isPresent());
    }

    /** Records the request target as received: absolute-form when the client talks to a proxy. */
    private static LoopbackServer loopbackServer(List<String> seen) throws IOException {
        return new LoopbackServer(ex -> {
            seen.add(ex.getRequestURI().toString());
            LoopbackServer.send(ex, 200, "text/html; charset=utf-8", "<p>via proxy</p>".getBytes(StandardCharsets.UTF_8));
        });
    }
}
