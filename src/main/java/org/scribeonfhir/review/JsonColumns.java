package org.scribeonfhir.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The draft tables' jsonb columns to and from Java; shared so drafts and versions serialize alike. */
final class JsonColumns {

    static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() { };

    private final ObjectMapper json;

    JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
