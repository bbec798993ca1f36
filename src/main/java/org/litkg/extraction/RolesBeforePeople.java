package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.Mention;

/**
 * A role written before a person's name, and the employer it gives: "Yale University dermatologist Brett King",
 * "Immune-Onc's chief medical officer, Dr. Felix Brandauer", "its chair, Professor Lucia Ferreira-Hughes".
 */
final class RolesBeforePeople {

    private RolesBeforePeople() {
    }

    /**
     * "Yale University dermatologist Brett King", "FDA reviewer Dr Nam Tran": an organisation right before the role noun
     * (and title) before a person; or, with a possessive, apposed to the person: "Immune-Onc's chief medical officer,
     * Dr. Felix Brandauer".
     */
    static Mention employerBefore(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        Role role = roleBefore(r, s, person);
        if (role == null) {
            return roleAtBefore(r, si, person);
        }
        boolean possessive = role.first() >= 2 && s.token(role.first() - 1).isPossessive();
        if (role.apposed() && !possessive || r.cues.is(Cues.Category.SPORTING_ROLE, s.lower(role.last()))) {
            return null; // "the director, Anna Lee": no employer named; "Cardiff prop X": a club, no workplace
        }
        Mention org = r.endingAt(si, possessive ? role.first() - 2 : role.first() - 1);
        return org != null && r.argument(org, StudyPatterns.ANY_ORG) != null ? org : null;
    }

    /** Roles that only an organisation has, for "its": not "its lead author", whose "its" is a paper's. */
    private static final Set<String> ORGANISATION_ROLES = Set.of("chair", "chairman", "chairwoman", "chairperson",
            "president", "executive", "ceo", "founder", "co-founder", "director", "head", "spokesperson", "spokesman",
            "spokeswoman", "officer");

    /**
     * "The Alliance welcomed it. Its chief executive, Margaret Delaney-Fitz, said ...": the token of "its" before an
     * organisation's role apposed to the person, whose employer is what "its" stands for; or the first token of such a
     * role written right before the person with no owner at all ("Chief Executive X said"); else -1.
     */
    static int itsRoleBefore(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        Role role = roleBefore(r, s, person);
        boolean its = role != null && role.apposed() && role.first() >= 1 && s.lower(role.first() - 1).equals("its");
        if (role != null && role.apposed() && !its) {
            int company = role.first() - 3; // "The company's chief executive, X": the company the text is about
            boolean companys = company >= 0 && s.token(role.first() - 1).isPossessive()
                    && ORGANISATION_ROLES.contains(s.lower(role.last())) && CompanyReferences.at(r, si, company) != null;
            return companys ? company : boardsRole(r, si, role); // "the board's chief pharmacist, Owain X"
        }
        if (role != null && !its && !role.apposed() && ORGANISATION_ROLES.contains(s.lower(role.last()))
                && (role.first() == 0 || !s.token(role.first() - 1).isCapitalised() && r.endingAt(si, role.first() - 1) == null)) {
            return role.first(); // '"...," Chief Executive Martina Oyelaran-Voss said': an organisation's post, unowned
        }
        return its && ORGANISATION_ROLES.contains(s.lower(role.last())) ? role.first() - 1 : -1;
    }

    /** How many words an organisation's post apposed after a person may take: "its chief medical officer". */
    private static final int ROLE_AFTER_WORDS = 4;

    /**
     * "said Lena Fisch, the company's chief executive", "X, its founder,": an organisation's post apposed after the
     * person, owned by "its" or "the company's"; the token {@link #employerOfRole} reads its owner from, else -1.
     */
    static int itsRoleAfter(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int owner = person.to() + 1;
        boolean its = s.lower(person.to()).equals(",") && s.lower(owner).equals("its");
        boolean companys = s.lower(person.to()).equals(",") && owner + 2 < s.size() && s.token(owner + 2).isPossessive()
                && CompanyReferences.at(r, si, owner) != null; // "the company's", "the firm's"
        int first = its ? owner + 1 : owner + 3;
        for (int k = first; (its || companys) && k < Math.min(s.size(), first + ROLE_AFTER_WORDS); k++) {
            if (ORGANISATION_ROLES.contains(s.lower(k))) {
                String after = s.lower(k + 1);
                return after.equals(",") || after.equals(".") || after.isEmpty() ? owner : -1;
            }
        }
        return -1;
    }

    /**
     * The organisation whose post the token at k opens: what "its" there stands for; for a post written without an
     * owner, the only organisation the document has named before (a company's story: "Pliant Therapeutics said ...
     * Chief Executive X said"), or null where it has named several or none.
     */
    static Argument employerOfRole(Reading r, int si, int k) {
        if (r.sentence(si).lower(k).equals("its")) {
            return r.namedBefore(si, k, k, StudyPatterns.ANY_ORG);
        }
        Argument company = CompanyReferences.at(r, si, k); // "the company's chief executive"
        if (company != null) {
            return company;
        }
        Argument only = null;
        for (int sj = 0; sj <= si; sj++) {
            for (Mention m : r.mentions(sj)) {
                Argument org = sj == si && m.from() >= k || m.anaphoric() ? null : r.argument(m, StudyPatterns.ORGS);
                if (org != null && only != null && !org.node().equals(only.node())) {
                    return null;
                }
                only = org != null ? org : only;
            }
        }
        return only;
    }

    /**
     * "the board's chief pharmacist, X": the token of the organisation's head noun before a possessive and a chief's
     * role, where the nearest organisation named before has that head ("Cwm Taf Valleys University Health Board");
     * else -1.
     */
    private static int boardsRole(Reading r, int si, Role role) {
        Sentence s = r.sentence(si);
        int noun = role.first() - 2;
        boolean chief = ORGANISATION_ROLES.contains(s.lower(role.last())) || s.lower(role.first()).equals("chief");
        if (noun < 1 || !chief || !s.token(noun + 1).isPossessive() || !s.lower(noun - 1).equals("the")
                || !PossessedWorkplaces.WORKPLACE_NOUNS.contains(s.lower(noun))) {
            return -1;
        }
        Argument org = r.namedBefore(si, noun, noun, StudyPatterns.ANY_ORG);
        String name = org != null && org.node() instanceof Node.EntityNode e
                ? e.entity().preferredName().toLowerCase(java.util.Locale.ROOT) : "";
        return name.endsWith(" " + s.lower(noun)) ? noun : -1;
    }

    /** A role's words before a person: from its first word to its noun, and whether a comma sets the person apart. */
    private record Role(int first, int last, boolean apposed) {
    }

    /** The role before the person and their title ("chief medical officer, Dr."), or null. */
    private static Role roleBefore(Reading r, Sentence s, Mention person) {
        int role = person.from() - 1;
        if (role > 1 && s.lower(role).equals(".") && r.cues.is(Cues.Category.TITLE_WORD, s.token(role - 1).text())) {
            role--; // "Dr" and its stop, which the tokenizer cut off
        }
        if (role > 0 && r.cues.is(Cues.Category.TITLE_WORD, s.token(role).text())) {
            role--;
        }
        boolean apposed = s.lower(role).equals(",");
        role = apposed ? role - 1 : role;
        role = apposed ? roleOfField(r, s, role) : role; // "Norvik's head of research, Dr. X"
        if (role < 1 || !r.cues.isRoleNoun(s.lower(role))) {
            return null;
        }
        int last = role;
        for (int k = 0; k < 2 && role > 1 && (r.cues.isRoleNoun(s.lower(role - 1)) || ROLE_MODIFIERS.contains(s.lower(role - 1)));
             k++) {
            role--; // "Norvane chief executive Ruth Abernathy-Sole", "Pfizer chief medical officer X"
        }
        return new Role(apposed ? afterOwner(s, role) : role, last, apposed);
    }

    /** How many lower-case words may name a post's field after its "of": "head of clinical research". */
    private static final int FIELD_WORDS = 2;

    /** The role noun before "of" and a field of lower-case words ending at k ("head of research"); else k. */
    private static int roleOfField(Reading r, Sentence s, int k) {
        for (int of = k - 1; of >= Math.max(1, k - FIELD_WORDS); of--) {
            if (!s.token(of + 1).text().equals(s.lower(of + 1))) {
                return k;
            }
            if (s.lower(of).equals("of") && r.cues.isRoleNoun(s.lower(of - 1))) {
                return of - 1;
            }
        }
        return k;
    }

    /** How many lower-case words may describe a post between its owner's "'s" and the role noun. */
    private static final int POST_WORDS = 3;

    /**
     * "The NFU's farmer health lead, X": the first word of a post described by lower-case words after an owner's
     * possessive, where one stands within reach; else the role's first word as found.
     */
    private static int afterOwner(Sentence s, int role) {
        for (int j = role; j > 1 && j >= role - POST_WORDS; j--) {
            if (s.token(j - 1).isPossessive()) {
                return j;
            }
            if (j < role && !(s.token(j).text().equals(s.lower(j)) && Character.isLetter(s.lower(j).charAt(0)))) {
                return role;
            }
        }
        return role;
    }

    /** Words that rank a role before its noun and are no role nouns themselves: "senior scientist", "medical officer". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("senior", "medical", "scientific",
            "principal");

    /**
     * "Kwame's haematologist at King's College Hospital, Dr Adaeze Fairbrook-Lum, enrols him": the organisation a role
     * noun is "at", apposed right before the person, or linked to them by a copula ("The principal investigator at the
     * Trust is Dr. X"); else null.
     */
    private static Mention roleAtBefore(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int comma = RunUnits.pastTitles(r, s, person.from() - 1); // past "Dr" and its stop
        boolean linked = s.lower(comma).equals(",") || Copulas.COPULAS.contains(s.lower(comma));
        Mention org = linked ? r.endingAt(si, comma - 1) : null;
        if (org == null || r.argument(org, StudyPatterns.ANY_ORG) == null) {
            return null;
        }
        int at = s.lower(org.from() - 1).equals("the") ? org.from() - 2 : org.from() - 1;
        boolean role = s.lower(at).equals("at") && at >= 1 && r.cues.isRoleNoun(s.lower(at - 1));
        return role ? org : null;
    }
}
