package org.scribeonfhir.web;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.scribeonfhir.problem.ProblemException;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body we could not read, told so the sender can fix it: which member has the wrong shape, or that the
 * document is malformed or beyond the parser's limits. Never the parser's message: it quotes the body.
 */
final class JsonBodyProblems {

    private static final String ACTION = "Fix the request body and send it again; /q/openapi describes it.";

    private JsonBodyProblems() {
    }

    /** True for what the JSON reader wraps in a 400: syntax errors and exceeded parser limits. */
    static boolean unreadable(Throwable cause) {
        return cause instanceof StreamReadException || cause instanceof StreamConstraintsException;
    }

    static ProblemException of(Throwable cause) {
        if (cause instanceof StreamConstraintsException) {
            return new ProblemException(400, "json-too-complex", "The JSON is nested too deeply or too large",
                    "The body goes beyond what Scribe's JSON reader accepts (such as more than 1,000 levels of "
                            + "nesting), so nothing was read or changed.", ACTION);
        }
        return new ProblemException(400, "json-malformed", "The body is not well-formed JSON",
                "The request body could not be parsed as JSON, so nothing was changed.", ACTION);
    }

    static ProblemException mismatch(MismatchedInputException e) {
        String member = member(e);
        String expected = shape(e.getTargetType());
        String detail = member.isEmpty()
                ? "The body must be " + expected + "; nothing was changed."
                : "\"" + member + "\" must be " + expected + "; nothing was changed.";
        return new ProblemException(400, "json-mismatch", "A member of the JSON has the wrong type", detail, ACTION);
    }

    /** Where in the body, e.g. {@code sections} or {@code vitals[0].label}; keys cut short and cleaned. */
    private static String member(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + clean(r.getFieldName())
                : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String clean(String key) {
        String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static String shape(Class<?> type) {
        if (type == null) {
            return "a JSON value of another kind";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object (a name for each text)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }
}
