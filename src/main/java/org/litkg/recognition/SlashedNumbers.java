package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * Family members written as one symbol and a slash with the second member's number: "CDK4/6", "MEK1/2", "JAK1/2". The
 * number after the slash names the second member ("CDK6"), so "a CDK4/6 inhibitor" can block both.
 */
final class SlashedNumbers implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int k = 1; k + 1 < s.size(); k++) {
            String symbol = s.token(k - 1).text();
            String number = s.token(k + 1).text();
            int stem = stemLength(symbol);
            if (!s.token(k).text().equals("/") || stem < 0 || !number.chars().allMatch(Character::isDigit)
                    || number.length() > 2 || !s.writtenTogether(k - 1, k + 1)) { // not "week 4 / 6"
                continue;
            }
            out.add(MentionRecognizer.mention(s, k + 1, k + 2, EntityType.PROTEIN, symbol.substring(0, stem) + number,
                    null, 0.7, "shape-slashed-number", false));
        }
    }

    /** The length of a gene symbol's letters before its closing number ("CDK" of "CDK4"), or -1 if it has none. */
    private static int stemLength(String symbol) {
        int stem = symbol.length();
        while (stem > 0 && Character.isDigit(symbol.charAt(stem - 1))) {
            stem--;
        }
        boolean numbered = stem < symbol.length() && symbol.length() - stem <= 2;
        return numbered && stem >= 2 && ShapeRecognizer.isCapitalSymbol(symbol.substring(0, stem)) ? stem : -1;
    }
}
