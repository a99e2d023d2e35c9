package org.scribeonfhir.drafting.lexicon;

/** Where a term was said in a text: characters {@code [start, end)}. */
public record Match(Term term, int start, int end, String surface) {

    public boolean overlaps(Match o) {
        return start < o.end && o.start < end;
    }
}
