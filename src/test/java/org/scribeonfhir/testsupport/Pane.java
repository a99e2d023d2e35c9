package org.scribeonfhir.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One person's review pane after a launch: its cookies, draft path and CSRF token, for form and API calls. */
public final class Pane {

    public final LaunchFlow flow;
    public final String draft;
    public final String id;
    public String csrf;

    private Pane(LaunchFlow flow, String draft) {
        this.flow = flow;
        this.draft = draft;
        this.id = draft.substring(draft.lastIndexOf('/') + 1);
        this.csrf = LaunchFlow.csrf(page().asString());
    }

    /** Launches from the fake EHR (already stubbed) and opens the draft. */
    public static Pane open() {
        LaunchFlow flow = new LaunchFlow();
        return new Pane(flow, flow.launchToDraft(FakeEhr.iss()));
    }

    public RequestSpecification browser() {
        RequestSpecification r = given().redirects().follow(false);
        if (flow.sessionCookie != null) {
            r.cookie("scribe_session", flow.sessionCookie);
        }
        if (flow.browserCookie != null) {
            r.cookie("scribe_browser", flow.browserCookie);
        }
        return r;
    }

    public Response page() {
        return browser().get(draft);
    }

    /** The pane's form with these section texts (index → text; others empty). */
    public RequestSpecification form(int version, Map<Integer, String> sections) {
        RequestSpecification r = browser().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf).formParam("version", version);
        for (int i = 0; i < 6; i++) {
            r.formParam("section." + i, sections.getOrDefault(i, ""));
        }
        return r;
    }

    /** A JSON API call with the session cookie and the CSRF header. */
    public RequestSpecification api() {
        return browser().header("X-CSRF-Token", csrf).contentType("application/json").accept("application/json");
    }
}
