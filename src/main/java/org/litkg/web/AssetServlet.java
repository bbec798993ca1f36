package org.litkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.litkg.rdf.Vocab;

/**
 * The pages' own files under {@code /assets/}: litkg's stylesheet and script, the prefixes the
 * SPARQL editor completes, and YASGUI from its WebJar on the classpath. Only the files named here
 * are served, so the path cannot reach anything else on the classpath.
 */
public final class AssetServlet extends HttpServlet {

    public static final String PATH = "/assets";
    private static final String YASGUI_POM = "/META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private record Asset(String resource, String mediaType) {
    }

    private static final byte[] PREFIXES = prefixesJson();
    private final Map<String, Asset> assets;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public AssetServlet() {
        String yasgui = "/META-INF/resources/webjars/zazuko__yasgui/" + yasguiVersion() + "/build/";
        assets = Map.of(
                "/litkg.css", new Asset("/org/litkg/web/litkg.css", "text/css"),
                "/query.js", new Asset("/org/litkg/web/query.js", "text/javascript"),
                "/yasgui/yasgui.min.js", new Asset(yasgui + "yasgui.min.js", "text/javascript"),
                "/yasgui/yasgui.min.css", new Asset(yasgui + "yasgui.min.css", "text/css"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        byte[] body;
        String mediaType;
        if (path.equals("/prefixes.json")) {
            body = PREFIXES;
            mediaType = "application/json";
        } else if (assets.containsKey(path)) {
            Asset asset = assets.get(path);
            body = loaded.computeIfAbsent(path, p -> read(asset.resource()));
            mediaType = asset.mediaType();
        } else {
            resp.sendError(404, "no such asset: " + path);
            return;
        }
        resp.setContentType(mediaType);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The prefixes in prefix.cc's form ({"prefix": "namespace"}), which YASGUI's completer reads. */
    private static byte[] prefixesJson() {
        jakarta.json.JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        Vocab.prefixes().getMapping().forEach(json::add);
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("litkg is packaged without " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yasguiVersion() {
        try (InputStream in = AssetServlet.class.getResourceAsStream(YASGUI_POM)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "4.5.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
