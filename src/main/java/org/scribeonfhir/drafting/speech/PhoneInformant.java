package org.scribeonfhir.drafting.speech;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Turn;

/**
 * "Let me get Huia on the phone… you're on speaker with Tilly and Dom." "[midwife] So, Tilly had a normal birth…":
 * a second clinician who joins by phone hands over what she knows; she is an informant, like a companion, not the
 * clinician writing the note (her "I stopped it" and "118 over 74 on Saturday" are history, not today's exam).
 */
final class PhoneInformant {

    private static final Pattern ON_THE_LINE = Pattern.compile("(?i)\\b(?:on the (?:phone|line|call)|on speaker"
            + "(?:phone)?|speakerphone|on video|dial(?:led|ing)? (?:in|her in|him in))\\b");

    private PhoneInformant() {
    }

    /** Whether turn {@code k}'s clinician is not the first clinician heard and was put on the line just before. */
    static boolean of(List<Turn> turns, int k) {
        String tag = turns.get(k).speaker();
        String first = turns.stream().filter(t -> Role.ofTag(t.speaker()) == Role.CLINICIAN).map(Turn::speaker)
                .findFirst().orElse(null);
        if (Objects.equals(tag, first) || Role.assisting(tag)) {
            return false;
        }
        int firstOwn = 0;
        while (firstOwn < k && !Objects.equals(turns.get(firstOwn).speaker(), tag)) {
            firstOwn++;
        }
        for (int i = Math.max(0, firstOwn - 2); i < firstOwn; i++) {
            if (Objects.equals(turns.get(i).speaker(), first) && ON_THE_LINE.matcher(turns.get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }
}
