package org.litkg.extraction;

import org.litkg.recognition.EntityType;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.Mention;

/** What a drug class may take part in: a class is no drug, and only some relations hold for it. */
final class ClassArguments {

    private ClassArguments() {
    }

    /** Whether the relation may hold between these arguments as far as drug classes go. */
    static boolean mayHold(RelationType relation, Argument subject, Argument object) {
        return switch (relation) {
            case BLOCKS -> mayBlock(subject, object);
            case COMBINED_WITH -> !isMechanismClass(subject) && !isMechanismClass(object);
            default -> true;
        };
    }

    /**
     * "adding X to two other antiretroviral drugs, dolutegravir and emtricitabine": a class whose members the
     * apposition right after it names, two or more, is no partner of its own; they are (but "Combined with
     * chemotherapy, pembrolizumab shrank" names the subject after the class).
     */
    static boolean membersNamed(Reading r, int si, Argument a) {
        if (a.node().type() != EntityType.DRUG_CLASS) {
            return false;
        }
        org.litkg.analysis.Sentence s = r.sentence(si);
        int comma = s.tokenStartingAt(a.span().end());
        Mention member = comma > 0 && s.lower(comma).equals(",") ? r.startingAt(si, comma + 1) : null;
        if (member == null || member.type() != EntityType.DRUG) {
            return false;
        }
        int link = s.lower(member.to()).equals(",") && s.lower(member.to() + 1).equals("and") ? member.to() + 1
                : member.to(); // "A, B and C" or "A and B"
        Mention second = s.lower(link).equals("and") || s.lower(link).equals(",") ? r.startingAt(si, link + 1) : null;
        return second != null && second.type() == EntityType.DRUG;
    }

    private static final java.util.regex.Pattern MECHANISM_CLASS =
            java.util.regex.Pattern.compile(".* (blockers|inhibitors|antagonists|agonists|modulators)");

    /**
     * "pair TYK2 blockers with biologics": a class named in the plural for what its drugs act on is no partner of its
     * own; the treatments a regimen names ("topical corticosteroids", "statins") are.
     */
    private static boolean isMechanismClass(Argument a) {
        return a.node().type() == EntityType.DRUG_CLASS && MECHANISM_CLASS.matcher(a.text()).matches();
    }

    /**
     * A class of drugs blocks only the target it is named for: "PDE4 inhibitors suppressed TNF
     * release" says nothing of TNF being blocked, and "kinase inhibitors" name no one target.
     */
    private static boolean mayBlock(Argument subject, Argument object) {
        if (!(subject.node() instanceof Node.EntityNode drug) || drug.entity().type() != EntityType.DRUG_CLASS
                || !(object.node() instanceof Node.EntityNode target)) {
            return true;
        }
        String name = drug.entity().preferredName();
        int head = name.lastIndexOf(' ');
        String named = head < 0 ? "" : Lexicon.key(name.substring(0, head));
        return !named.isEmpty() && target.entity().names().keySet().stream().anyMatch(n -> Lexicon.key(n).equals(named));
    }
}
