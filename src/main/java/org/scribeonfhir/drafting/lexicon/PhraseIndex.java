package org.scribeonfhir.drafting.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the longest known phrase at each word of a text, left to right, without regular expressions per
 * phrase: phrases are indexed by their first word, words compared after a light stemming (a plural "s"
 * dropped), so "headaches" finds "headache" and "x-ray" finds "x ray".
 */
final class PhraseIndex {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    /** A phrase by its stemmed words; a one-word phrase also by its surface form (stems of one word mislead). */
    private record Entry(String[] words, Term term, String surface) {
    }

    /** A word; {@code pause} when punctuation separates it from the word before (phrases do not span it). */
    record Token(String word, int start, int end, boolean pause) {
    }

    /**
     * The words of the texts looked up last on this thread: the readers and the check look the same sentence
     * up once per kind of term, and splitting it into stemmed words costs more than the lookups.
     */
    private static final ThreadLocal<Map<String, List<Token>>> RECENT = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(128, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > 64;
                }
            });

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    /** Words that name a side or part of a site, skipped inside a phrase before a single word is taken. */
    private static final java.util.Set<String> SIDES = java.util.Set.of("right", "left", "both", "lower", "upper");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
    /** Words a gap may not skip: a phrase with a negation inside it is not the phrase. */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("no", "not", "never", "don't", "didn't",
            "doesn't", "isn't", "wasn't", "aren't", "haven't", "hasn't", "won't", "can't", "without", "nor", "none",
            "it", "that", "this", "them", "him", "her", "me", "you", "a", "an", "the", "some", "and", "or", "but", "to",
            "of", "in", "on", "at", "for", "with", "up", "down");

    /** "skin is sore" says how the skin feels: no "skin sore" (an ulcer) with the verb inside. */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "are", "was", "were", "feels", "gets");

    /** "back is killing me": said "back's killing me" too (not "joint is swollen", whose "joints swollen" differs). */
    private static final Pattern PAIN_IS = Pattern.compile(" is (killing|hurting|aching|sore|throbbing|bothering)\\b");

    /** "nose is blocked", "chest is tight": said "nose has been blocked", "chest has been tight" too. */
    private static final Pattern STATE_IS = Pattern.compile("[a-z]+ is (?:blocked|stuffy|stuffed up|congested|swollen|"
            + "sore|itchy|red|runny|tight)");

    void add(String phrase, Term term) {
        if (STATE_IS.matcher(phrase).matches()) {
            addOne(phrase.replace(" is ", " has been "), term); // "my nose has been blocked"
        }
        if (PAIN_IS.matcher(phrase).find()) {
            addOne(PAIN_IS.matcher(phrase).replaceFirst("'s $1"), term); // "my back's killing me"
        }
        addOne(phrase, term);
    }

    private void addOne(String phrase, Term term) {
        List<Token> tokens = tokens(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        String[] words = tokens.stream().map(Token::word).toArray(String[]::new);
        List<Entry> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        for (Entry e : list) {
            if (java.util.Arrays.equals(e.words(), words) && (words.length > 1 || e.surface().equals(surface(phrase)))) {
                return;
            }
        }
        list.add(new Entry(words, term, words.length == 1 ? surface(phrase) : null));
        list.sort(Comparator.comparingInt((Entry e) -> -e.words().length));
    }

    /** A single word as said, plural "s" dropped. */
    private static String surface(String word) {
        String w = american(word.strip().toLowerCase(Locale.ROOT));
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        int last = 0;
        while (m.find()) {
            out.add(new Token(stem(m.group()), m.start(), m.end(), pause(lower, last, m.start())));
            last = m.end();
        }
        return List.copyOf(out);
    }

    /** Punctuation between two words: a phrase does not run across it. */
    private static boolean pause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            // "St. John's wort": the abbreviation's full stop is no pause
            boolean saint = text.charAt(i) == '.' && i == from && from >= 2 && text.startsWith("st", from - 2)
                    && (from == 2 || !Character.isLetterOrDigit(text.charAt(from - 3)));
            if (",.;:?!()[]\"".indexOf(text.charAt(i)) >= 0 && !saint) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BRITISH = Pattern.compile("^hae|^oe(?=[ds])|(?<=an)ae|(?<=[lkc])aem|(?<=isch)ae|paed|"
            + "(?<=[hnr])oea$|(?<=tum|behavi|col|hum)our|^coe(?=liac)|isation|(?<=[aeiou][lnr])ised$|(?<=mo)uld");

    /** British spellings read as the vocabulary's: anaemia, haemoglobin, oedema, paediatric, generalised, coeliac. */
    static String american(String w) {
        if (w.length() < 6) {
            return w; // short words ("hae", an abbreviation) are what they are; most tokens stop here
        }
        Matcher m = BRITISH.matcher(w);
        if (!m.find()) {
            return w;
        }
        StringBuilder out = new StringBuilder();
        do {
            String g = m.group();
            String r = switch (g) {
                case "hae" -> "he";
                case "oe" -> "e";
                case "ae", "aem" -> g.substring(1);
                case "paed" -> "ped";
                case "oea" -> "ea";
                case "our" -> "or";
                case "coe" -> "ce";
                case "isation" -> "ization";
                case "ised" -> "ized";
                case "uld" -> "ld";
                default -> g;
            };
            m.appendReplacement(out, r);
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** A light stemmer: "pounding" and "pounds" → "pound", "stools" → "stool", "swelled" → "swell". */
    static String stem(String w) {
        String n = switch (w) {
            case "couldn't", "cannot", "can't" -> "can't";
            case "didn't", "doesn't", "don't" -> "don't";
            case "wasn't", "weren't", "isn't", "aren't" -> "isn't";
            case "hasn't", "hadn't", "haven't" -> "haven't";
            case "wouldn't", "won't" -> "won't";
            default -> null;
        };
        if (n != null) {
            return n;
        }
        String s = american(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        boolean suffix = false;
        if (s.length() > 6 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
            suffix = true;
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
            suffix = true;
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        if (suffix && s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && "bdgmnprt".indexOf(
                s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    List<Match> find(String text) {
        List<Token> tokens = RECENT.get().computeIfAbsent(text, PhraseIndex::tokens);
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int at = tokens.get(i).start();
            if (at >= 4 && text.regionMatches(true, at - 4, "non-", 0, 4)) {
                i++; // "non-displaced fracture", "non-productive cough": not the phrase that follows the "non-"
                continue;
            }
            List<Entry> candidates = byFirst.get(tokens.get(i).word());
            Entry hit = null;
            int end = -1;
            if (candidates != null) {
                // phrases as said, then with a side inside ("pain in my right back") before a single word ("pain"),
                // then with any one word inside
                for (int pass = 0; pass <= 3 && hit == null; pass++) {
                    int gap = pass == 1 || pass == 3 ? 1 : 0;
                    for (Entry e : candidates) {
                        if (pass == 2 == e.words().length > 1 || pass == 3 && ARTICLES.contains(e.words()[0])) {
                            continue; // "the runs" is no "the shower running": an idiom takes no word inside
                        }
                        int last = matches(tokens, i, e.words(), gap, pass == 1 ? SIDES : null);
                        String said = text.substring(tokens.get(i).start(), tokens.get(i).end());
                        // "your oxygen's 98%": a measure's "'s" is "is"; "the furosemide's forty" keeps its own rules
                        if (last >= 0 && e.surface() != null && !e.surface().equals(surface(said))
                                && !(e.term().kind() == Term.Kind.MEASURE && e.surface().equals(surface(
                                said.replaceFirst("'s$", ""))))) {
                            last = -1;
                        }
                        // "the pill" is the contraceptive; "he stopped the pills early" is any tablets
                        if (last >= 0 && e.words().length == 2 && e.words()[1].equals("pill")
                                && text.startsWith("pills", tokens.get(last).start())) {
                            last = -1;
                        }
                        if (last >= 0) {
                            hit = e;
                            end = last;
                            break;
                        }
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int stop = tokens.get(end).end();
            if (NotTheTerm.around(text, start, stop, tokens.get(end).word())) {
                i = end + 1; // "my manager, Mrs Hives", "Mumps Lane Primary": a person or a place, not the term
                continue;
            }
            out.add(new Match(hit.term(), start, stop, text.substring(start, stop)));
            i = end + 1;
        }
        return out;
    }

    /**
     * The index of the phrase's last word when it is said at {@code at}, with up to {@code gap} other words
     * between two of its words (never across punctuation); -1 when it is not.
     */
    private static int matches(List<Token> tokens, int at, String[] words, int gap, java.util.Set<String> only) {
        int t = at;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                int skipped = 0;
                t++;
                // "no, my period was two weeks ago" is not "no period": a phrase that opens with "no" is said whole
                while (t < tokens.size() && !tokens.get(t).word().equals(words[k]) && skipped < gap
                        && !words[0].equals("no")
                        && !tokens.get(t).pause() && words.length > 1 && !NEGATIONS.contains(tokens.get(t).word())
                        && (only == null || only.contains(tokens.get(t).word()))
                        && !(words[k].equals("sore") && COPULAS.contains(tokens.get(t).word()))
                        && !words[k].matches("pills?|tablets?|shots?|injection|patch|medicine")) { // "bladder pill"
                    t++;
                    skipped++;
                }
            }
            if (t >= tokens.size() || !tokens.get(t).word().equals(words[k]) || k > 0 && tokens.get(t).pause()) {
                return -1;
            }
        }
        return t;
    }
}
