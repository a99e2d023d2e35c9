package org.scribeonfhir.review;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.launch.LaunchSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The EHR's look ({@code smart_style_url}) as CSS custom properties, so the pane blends into the EHR.
 * Fetched server-side, only from the EHR's own origin or over https, and every value is filtered: a style
 * document must never be able to inject CSS rules or URLs.
 */
@ApplicationScoped
class EhrStyle {

    private static final Logger LOG = Logger.getLogger(EhrStyle.class);
    private static final Pattern SAFE_VALUE = Pattern.compile("^[#(),.%\\w\\s'\"-]{1,80}$");
    private static final Map<String, String> PROPERTIES = new LinkedHashMap<>();

    static {
        PROPERTIES.put("color_background", "--ehr-background");
        PROPERTIES.put("color_error", "--ehr-error");
        PROPERTIES.put("color_highlight", "--ehr-highlight");
        PROPERTIES.put("color_modal_backdrop", "--ehr-backdrop");
        PROPERTIES.put("color_success", "--ehr-success");
        PROPERTIES.put("color_text", "--ehr-text");
        PROPERTIES.put("dim_border_radius", "--ehr-radius");
        PROPERTIES.put("dim_font_size", "--ehr-font-size");
        PROPERTIES.put("dim_spacing_size", "--ehr-spacing");
        PROPERTIES.put("font_family_body", "--ehr-font-body");
        PROPERTIES.put("font_family_heading", "--ehr-font-heading");
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    EhrStyle(ObjectMapper json) {
        this.json = json;
    }

    String css(LaunchSession session) {
        String url = session.smartStyleUrl();
        if (url == null || !allowed(url, session.iss())) {
            return "";
        }
        return cache.computeIfAbsent(url, this::fetch);
    }

    static boolean allowed(String url, String iss) {
        try {
            URI style = URI.create(url);
            URI base = URI.create(iss);
            boolean sameOrigin = style.getScheme() != null && style.getScheme().equals(base.getScheme())
                    && style.getHost() != null && style.getHost().equals(base.getHost())
                    && style.getPort() == base.getPort();
            return sameOrigin || "https".equals(style.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String fetch(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().length() > 64 * 1024) {
                LOG.warnf("EHR style answered HTTP %d; using the default look", r.statusCode());
                return "";
            }
            return toCss(json.readTree(r.body()));
        } catch (Exception e) {
            LOG.warnf("EHR style could not be read (%s); using the default look", e.getClass().getSimpleName());
            return "";
        }
    }

    static String toCss(JsonNode style) {
        StringBuilder css = new StringBuilder(":root {\n");
        PROPERTIES.forEach((field, property) -> {
            JsonNode v = style.get(field);
            if (v != null && v.isValueNode()) {
                String value = v.asText().trim();
                if (SAFE_VALUE.matcher(value).matches() && !value.toLowerCase().contains("url")
                        && !value.toLowerCase().contains("expression")) {
                    css.append("  ").append(property).append(": ").append(value).append(";\n");
                }
            }
        });
        return css.append("}\n").toString();
    }
}
