package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * Drugs named as salts, a metal's name and an anion's: "sodium oxybate", "lithium carbonate", "magnesium sulfate",
 * "potassium iodide". Neither word is coined (the anion ends as English words do), so no other recognizer reads them;
 * the two together name a compound given as a drug.
 */
final class SaltNames implements MentionRecognizer {

    private static final Set<String> CATIONS = Set.of("sodium", "potassium", "calcium", "magnesium", "lithium", "zinc",
            "ferric", "ferrous", "aluminium", "aluminum", "ammonium", "bismuth", "silver");
    /** An anion's name: "oxybate", "valproate", "chloride", "nitrite"; long enough that "site" and "rate" are not. */
    private static final Pattern ANION = Pattern.compile("[a-z]{3,}(ate|ide|ite)");

    /**
     * Salts a drug is given as, named after it: "caffeine citrate", "imatinib mesylate", "metformin hydrochloride"; and
     * prodrug esters, "tenofovir disoproxil", "dabigatran etexilate". The drug's mention takes the word in
     * (MentionSelector), so that "citrate" is no citric acid of its own.
     */
    private static final Set<String> SALT_FORMS = Set.of("citrate", "hydrochloride", "dihydrochloride", "mesylate",
            "dimesylate", "besylate", "maleate", "fumarate", "tartrate", "bitartrate", "succinate", "tosylate",
            "hydrobromide", "dipropionate", "acetonide", "furoate", "hyclate", "malate",
            // a prodrug's ester, taken in as a salt is: "tenofovir disoproxil" is read whole, as tenofovir given so
            "disoproxil", "alafenamide", "medoxomil", "cilexetil", "etexilate", "mofetil", "axetil", "pivoxil",
            "marboxil", "proxetil");

    private final Predicate<String> isVerbForm;

    static boolean isSaltForm(String lower) {
        return SALT_FORMS.contains(lower);
    }

    SaltNames(Predicate<String> isVerbForm) {
        this.isVerbForm = isVerbForm;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String anion = s.token(i + 1).text();
            // "calcium to separate": a verb form after the metal is no anion
            if (CATIONS.contains(s.lower(i)) && ANION.matcher(anion).matches() && !isVerbForm.test(anion)) {
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, s.lower(i) + " " + anion, null, 0.7,
                        "shape-salt", false));
            }
        }
    }
}
