package org.scribeonfhir.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** Drives a browser's way through an EHR launch against the {@link FakeEhr}, one redirect at a time. */
public final class LaunchFlow {

    public String browserCookie;
    public String sessionCookie;
    public String state;
    public String codeChallenge;
    public Response authorizeRedirect;

    /** GET /launch; returns the 302 to the EHR's authorize endpoint. */
    public Response launch(String iss, String launch) {
        var request = given().redirects().follow(false).queryParam("iss", iss);
        if (browserCookie != null) {
            request.cookie("scribe_browser", browserCookie);
        }
        if (launch != null) {
            request.queryParam("launch", launch);
        }
        authorizeRedirect = request.get("/launch");
        if (authorizeRedirect.statusCode() == 302) {
            browserCookie = cookie(authorizeRedirect, "scribe_browser");
            Map<String, String> q = query(authorizeRedirect.header("Location"));
            state = q.get("state");
            codeChallenge = q.get("code_challenge");
        }
        return authorizeRedirect;
    }

    /** GET /callback as the EHR would send the browser back. */
    public Response callback(String code) {
        Response r = given().redirects().follow(false).cookie("scribe_browser", browserCookie)
                .queryParam("code", code).queryParam("state", state).get("/callback");
        if (r.statusCode() == 303) {
            sessionCookie = cookie(r, "scribe_session");
        }
        return r;
    }

    /** The whole launch; returns the draft page URL path (/drafts/{id}). */
    public String launchToDraft(String iss) {
        assertThat(launch(iss, "launch-123").statusCode()).isEqualTo(302);
        assertThat(callback("code-123").statusCode()).isEqualTo(303);
        Response open = given().redirects().follow(false).cookie("scribe_session", sessionCookie).get("/drafts/open");
        assertThat(open.statusCode()).as(open.body().asString()).isEqualTo(303);
        return URI.create(open.header("Location")).getPath();
    }

    public static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    public static String cookie(Response r, String name) {
        for (String header : r.headers().getValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        return null;
    }

    public static String setCookieHeader(Response r, String name) {
        return r.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst()
                .orElse(null);
    }

    public static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(url).getRawQuery();
        for (String pair : q.split("&")) {
            int i = pair.indexOf('=');
            out.put(decode(pair.substring(0, i)), decode(pair.substring(i + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
