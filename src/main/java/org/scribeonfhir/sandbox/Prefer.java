package org.scribeonfhir.sandbox;

import java.util.Locale;

/** The parts of the HTTP {@code Prefer} header FHIR defines: {@code return=…} and {@code handling=…}. */
record Prefer(String returnPreference, boolean strict) {

    static Prefer parse(String header) {
        String ret = "representation";
        boolean strict = false;
        if (header != null) {
            for (String part : header.split("[,;]")) {
                String p = part.trim().toLowerCase(Locale.ROOT).replace("\"", "");
                if (p.startsWith("return=")) {
                    ret = p.substring("return=".length());
                } else if (p.equals("handling=strict")) {
                    strict = true;
                }
            }
        }
        return new Prefer(ret, strict);
    }

    boolean minimal() {
        return "minimal".equals(returnPreference);
    }

    boolean outcome() {
        return "operationoutcome".equals(returnPreference);
    }
}
