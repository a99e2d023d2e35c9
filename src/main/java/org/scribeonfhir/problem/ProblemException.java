package org.scribeonfhir.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the user must be told about: what happened and what to do next. Rendered as an
 * error page (HTML) or problem+json with a correlation id; never with a stack trace.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String action;
    private final String code;
    private final Map<String, String> keptText;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private String linkHref;
    private String linkLabel;

    public ProblemException(int status, String code, String title, String detail, String action) {
        this(status, code, title, detail, action, Map.of(), null);
    }

    public ProblemException(int status, String code, String title, String detail, String action,
            Map<String, String> keptText, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.code = code;
        this.title = title;
        this.action = action;
        this.keptText = Map.copyOf(keptText);
    }

    public int status() {
        return status;
    }

    /** A stable, machine-readable name of the problem (e.g. {@code unknown-issuer}). */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** What the user should do next, in one sentence. */
    public String action() {
        return action;
    }

    /** Text the user typed that could not be saved, shown back so nothing is lost (label → text). */
    public Map<String, String> keptText() {
        return keptText;
    }

    public ProblemException keeping(Map<String, String> text) {
        ProblemException copy = new ProblemException(status, code, title, getMessage(), action, text, getCause());
        copy.linkHref = linkHref;
        copy.linkLabel = linkLabel;
        copy.members.putAll(members);
        return copy;
    }

    /** A member of the problem+json beyond the standard ones (RFC 9457 extension), e.g. the findings to fix. */
    public ProblemException withMember(String name, Object value) {
        members.put(name, value);
        return this;
    }

    public Map<String, Object> members() {
        return Map.copyOf(members);
    }

    /** A way back (e.g. to the draft), shown under the action. Only app-relative paths. */
    public ProblemException withLink(String href, String label) {
        if (href != null && href.startsWith("/") && !href.startsWith("//")) {
            this.linkHref = href;
            this.linkLabel = label;
        }
        return this;
    }

    public String linkHref() {
        return linkHref;
    }

    public String linkLabel() {
        return linkLabel;
    }
}
