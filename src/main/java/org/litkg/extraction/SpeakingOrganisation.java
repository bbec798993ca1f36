package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * The organisation a document speaks for as "we" and "our", where the document says so in a filing's manner:
 * '"Veridane," "the Company," "we," "us" and "our" refer to Veridane Biosciences, Inc.' or 'Veridane Biosciences, Inc.
 * ("Veridane", "we" or "our")', or a prospectus under the company's name says "We are a biotechnology
 * company developing X". A company's annual report, prospectus and press release then say "our ongoing trial",
 * "which we run", "is our Chief Medical Officer" and "Our Chief Executive Officer, Dr. X," of it. A lab's handbook
 * that opens "We are a virology group at Y" speaks for Y, and a pitch whose speaker opens "Hi, I'm X,
 * co-founder and CEO of Y" for Y. Without such a definition "we" stays unread: a news story's "we" may be anyone.
 */
final class SpeakingOrganisation {

    /** How "X joined us" places X: a post held from then on, where the studies X leads later are done. */
    static final String JOINED_US = "person-joined-us";
    /** How far from the quoted "we" the definition's verb, or the name it follows, may be. */
    private static final int DEFINITION_REACH = 24;

    private SpeakingOrganisation() {
    }

    /** "Dr. Ravindra Osterberg-Kahn is our Chief Medical Officer": the person works at the organisation "we" is. */
    static void staff(Reading r, int si, List<Statement> out) {
        Mention speaker = r.speakers.owners();
        if (speaker == null) {
            return;
        }
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            int our = m.to() + 1;
            boolean copular = Copulas.COPULAS.contains(s.lower(m.to())) && s.lower(our).equals("our") && our + 1 < s.size()
                    && r.cues.isRoleNoun(s.token(our + 1).text());
            our = copular ? our : ourRoleBefore(r, s, m.from()); // "Our Chief Executive Officer, Dr. X, ..."
            boolean joined = our < 0 && joinedUs(s, m.to()) >= 0; // "Sam joined us in 1998": a standing post
            our = joined ? joinedUs(s, m.to()) : our;
            if (m.type() == EntityType.PERSON && !m.anaphoric() && our >= 0) {
                Argument person = r.argument(m, EnumSet.of(EntityType.PERSON));
                Argument org = r.argument(speaker, StudyPatterns.ORGS);
                if (person != null && org != null) {
                    r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(org), si, m.from(), m.to(), our, our + 1,
                            joined ? JOINED_US : "person-our-role", 0.7, out);
                }
            }
        }
    }

    /** "X joined us", "X joined our department": the "us" or "our" after the verb at k, else -1. */
    private static int joinedUs(Sentence s, int k) {
        if (!s.lower(k).equals("joined")) {
            return -1;
        }
        if (s.lower(k + 1).equals("us")) {
            return k + 1;
        }
        for (int j = k + 2; s.lower(k + 1).equals("our") && j < Math.min(s.size(), k + 3 + UNIT_NAME_WORDS); j++) {
            if (Workplaces.UNIT_NOUNS.contains(s.lower(j))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** How many words may name the speaker's unit between "our" and its noun: "our Cardiovascular Biology group". */
    private static final int UNIT_NAME_WORDS = 4;

    /**
     * "Dr. X of our Cardiovascular Biology group", "X, from our respiratory team": the organisation "our" stands for,
     * whose unit the person works in; else null.
     */
    static Mention ownUnitAfter(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int our = person.to() + (s.lower(person.to()).equals(",") ? 2 : 1);
        boolean of = s.lower(our - 1).equals("of") || s.lower(our - 1).equals("from") || s.lower(our - 1).equals("in");
        if (!of || !s.lower(our).equals("our")) {
            return null;
        }
        for (int k = our + 1; k < Math.min(s.size(), our + 2 + UNIT_NAME_WORDS); k++) {
            if (Workplaces.UNIT_NOUNS.contains(s.lower(k))) {
                return r.speakers.owners();
            }
        }
        return null;
    }

    /**
     * "Our haematology team runs a new study", "Our research group found": the organisation "our" stands for, whose
     * unit the researchers at k are, where the unit is what the sentence opens with (not "report adverse events to our
     * pharmacovigilance team"); else null. Its leader is left unplaced: the unit's place is not said to be theirs.
     */
    static Mention ownUnitAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!Workplaces.UNIT_NOUNS.contains(s.lower(k))) {
            return null;
        }
        for (int j = k - 1; j >= Math.max(0, k - 1 - UNIT_NAME_WORDS); j--) {
            // "Our team showed", "In 2025 our team showed", "Since then, our team has": the sentence's own subject
            boolean opens = j == 0 || s.lower(j - 1).equals(",") || PublicationContext.isYear(s.lower(j - 1));
            if (opens && s.lower(j).equals("our")) {
                Mention owners = r.speakers.owners();
                return owners == null || r.argument(owners, StudyPatterns.ORGS) == null ? null : owners;
            }
            if (r.startingAt(si, j) != null || !s.token(j).text().matches("\\p{L}+")) {
                return null; // "our work with the X group": a group of its own name
            }
        }
        return null;
    }

    /** The "our" of "our Chief Executive Officer, (Dr.) X" before the person at {@code from}, else -1. */
    private static int ourRoleBefore(Reading r, Sentence s, int from) {
        int comma = LeaderCues.beforeTitles(r, s, from); // past "Dr."
        if (!s.lower(comma).equals(",")) {
            return -1;
        }
        int our = LeaderCues.beforeTitles(r, s, comma) + 1; // past the role's words and the "our" before them
        return our < comma - 1 && s.lower(our).equals("our") ? our : -1;
    }

    /** The organisation the document defines "we" as; null if it defines none. */
    static Mention find(Reading r) {
        Mention described = selfDescribed(r);
        if (described != null) {
            return described;
        }
        for (int si = 0; si < r.sentenceCount(); si++) {
            Sentence s = r.sentence(si);
            for (int q = 1; q < s.size(); q++) {
                if (s.lower(q).equals("we") && s.token(q - 1).isQuote()) {
                    Mention org = referent(r, si, q);
                    if (org != null) {
                        return org;
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> WE_RUN = Set.of("run", "ran", "conduct", "conducted", "lead", "led");

    /**
     * The organisation that speaks as "we" of the study whose noun is at {@code noun}: "VERIDIAN-2, which we run at
     * nine sites", in a filing that defines its "we"; "the phase 2 trial which we ran", in a chief executive's letter;
     * else null.
     */
    static Argument runByUs(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        int which = s.lower(noun + 1).equals(",") ? noun + 2 : noun + 1;
        if (!Reading.RELATIVE_PRONOUNS.contains(s.lower(which)) || !s.lower(which + 1).equals("we")
                || !WE_RUN.contains(s.lower(which + 2))) {
            return null;
        }
        Mention speaker = r.speakers.defined() != null ? r.speakers.defined() : signingExecutivesCompany(r);
        return speaker == null ? null : r.argument(speaker, StudyPatterns.ORGS);
    }

    /** Posts of a company's head who signs its letters: "Chief Executive Officer, Tessera Bio". */
    private static final Set<String> HEAD_POSTS = Set.of("officer", "ceo", "president", "founder", "chairman", "chair");
    /** How many closing sentences may hold the signature, and how far before the company its post may be. */
    private static final int SIGNATURE_SENTENCES = 2;
    private static final int POST_REACH = 3;

    /**
     * A letter to shareholders that speaks as "we" and closes with its writer's post at a company ("Dr. X / Chief
     * Executive Officer, Tessera Bio"): the company; else null. Only for a trial "we ran" ({@link
     * StudyPossessors#owningOrganisation}): a sponsor's "our trial", run by investigators elsewhere, is not its doing.
     */
    static Mention signingExecutivesCompany(Reading r) {
        int n = r.sentenceCount();
        boolean speaksAsWe = java.util.stream.IntStream.range(0, n).anyMatch(si -> r.sentence(si).tokens().stream()
                .anyMatch(t -> t.lower().equals("we")));
        for (int si = Math.max(0, n - SIGNATURE_SENTENCES); speaksAsWe && si < n; si++) {
            Sentence s = r.sentence(si);
            for (Mention m : r.mentions(si)) {
                boolean company = m.type() == EntityType.ORGANIZATION && !m.anaphoric();
                for (int k = m.from() - 1; company && k >= Math.max(0, m.from() - POST_REACH); k--) {
                    if (HEAD_POSTS.contains(s.lower(k))) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** How far into a document a company describes itself: a prospectus's summary, a release's first paragraph. */
    private static final int SELF_DESCRIPTION_SENTENCES = 12;
    /** How many words "We are a" may take before its company noun: "We are a biotechnology company focused on". */
    private static final int DESCRIPTION_WORDS = 6;

    /**
     * A prospectus's "We are a biotechnology company developing ...", under the company's name at its head: the
     * first company named before the self-description; a group's "We are a X group in Y", Y; a speaker's opening
     * "I'm X, CEO of Y", Y; null where the text has none.
     */
    private static Mention selfDescribed(Reading r) {
        for (int si = 0; si < Math.min(r.sentenceCount(), SELF_DESCRIPTION_SENTENCES); si++) {
            Sentence s = r.sentence(si);
            boolean weAreA = s.size() > 3 && s.lower(0).equals("we") && s.lower(1).equals("are")
                    && (s.lower(2).equals("a") || s.lower(2).equals("an"));
            for (int k = 3; weAreA && k < Math.min(s.size(), 3 + DESCRIPTION_WORDS); k++) {
                if (r.cues.is(Category.COMPANY_NOUN, s.lower(k))) {
                    return firstCompanyBefore(r, si);
                }
                boolean placed = s.lower(k + 1).equals("in") || s.lower(k + 1).equals("at");
                if (SurnameTeams.TEAM_NOUNS.contains(s.lower(k)) && placed) {
                    return institutionAt(r, si, k + 2); // a lab's handbook: "We are a virology group at Y"
                }
            }
            Mention headed = si == 1 ? companyOpening(r, si) : null;
            if (headed != null) {
                return headed; // an exhibitor's entry under "Calderon Biotherapeutics": "Calderon develops ..."
            }
            Mention owning = si < OWN_NAME_SENTENCES ? namedWithWe(r, si) : null;
            if (owning != null) {
                return owning; // a mission statement's "The Centre for X at Y exists to ... turn what we find into"
            }
            Mention officer = si < OPENING_SENTENCES ? companyOfSpeaker(r, si) : null;
            if (officer != null) {
                return officer; // a pitch's "Hi, I'm X, co-founder and CEO of Y. We make antibodies that ..."
            }
        }
        return null;
    }

    /**
     * The company named on the text's first line when sentence si, the first after it, opens with the company's first
     * word and a verb: "Calderon Biotherapeutics (Basel, Switzerland)" over "Calderon develops oral medicines for ...",
     * as an exhibitor's entry or a company's page describes itself; else null.
     */
    private static Mention companyOpening(Reading r, int si) {
        Mention company = r.mentions(0).isEmpty() ? null : organisation(r.mentions(0).get(0));
        Sentence s = r.sentence(si);
        if (company == null || !CompanyReferences.isCompanyName(company.text()) || s.size() < 3) {
            return null;
        }
        String first = company.text().split("\\s+")[0];
        return s.token(0).text().equals(first) && s.token(1).text().matches("\\p{Ll}+s") ? company : null;
    }

    /** How many sentences into a page its organisation may name itself as the subject of a sentence with "we". */
    private static final int OWN_NAME_SENTENCES = 2;

    /**
     * An organisation opening one of the text's first sentences that goes on to say "we" or "our": "The Centre for
     * Joint Immunology at the University of Birmingham exists to find out why ..., and to turn what we find into
     * treatments" speaks for the centre; else null.
     */
    private static Mention namedWithWe(Reading r, int si) {
        Sentence s = r.sentence(si);
        Mention first = r.mentions(si).isEmpty() ? null : organisation(r.mentions(si).get(0));
        boolean opens = first != null && (first.from() == 0 || first.from() == 1 && s.lower(0).equals("the"));
        for (int k = opens ? first.to() : s.size(); k < s.size(); k++) {
            if (s.token(k).isQuote()) {
                return null; // a quotation's "we" is its speaker's
            }
            if (s.lower(k).equals("we") || s.lower(k).equals("our")) {
                return first;
            }
        }
        return null;
    }

    /** How many sentences into a talk its speaker introduces themself. */
    private static final int OPENING_SENTENCES = 6;

    /** A company's officers, as a speaker introduces themself: "co-founder and CEO of Y". */
    private static final Set<String> OFFICERS = Set.of("ceo", "founder", "co-founder", "cofounder", "president",
            "chairman", "chairwoman", "chair");
    /** How many words the speaker's role may take after their name: ", co-founder and chief executive officer of". */
    private static final int ROLE_WORDS = 6;

    /** The company the speaker introduced in sentence si runs: "Hi, I'm X, co-founder and CEO of Y"; else null. */
    private static Mention companyOfSpeaker(Reading r, int si) {
        Mention speaker = Narrator.introduced(r, si);
        Sentence s = r.sentence(si);
        if (speaker == null || !s.lower(speaker.to()).equals(",")) {
            return null;
        }
        boolean officer = false;
        for (int k = speaker.to() + 1; k < Math.min(s.size() - 1, speaker.to() + 1 + ROLE_WORDS); k++) {
            officer |= OFFICERS.contains(s.lower(k)) || s.lower(k).equals("chief") && s.lower(k + 1).equals("executive");
            if (officer && s.lower(k).equals("of")) {
                Mention company = organisation(r.startingAt(si, k + 1));
                return company != null && CompanyReferences.isCompanyName(company.text()) ? company : null;
            }
        }
        return null;
    }

    /**
     * The organisation named at k (past "the"), or the institution it is part of: "in the Centro de Estudos Virais at the
     * Universidade de Lisboa"; else null.
     */
    private static Mention institutionAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention unit = organisation(r.startingAt(si, s.lower(k).equals("the") ? k + 1 : k));
        if (unit == null || !s.lower(unit.to()).equals("at")) {
            return unit;
        }
        Mention whole = organisation(r.startingAt(si, s.lower(unit.to() + 1).equals("the") ? unit.to() + 2 : unit.to() + 1));
        return whole != null ? whole : unit;
    }

    private static Mention firstCompanyBefore(Reading r, int si) {
        for (int i = 0; i < si; i++) {
            for (Mention m : r.mentions(i)) {
                if (organisation(m) != null && CompanyReferences.isCompanyName(m.text())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The organisation '"we" ... refer to' names after the quote, or the name whose bracket holds it. */
    private static Mention referent(Reading r, int si, int we) {
        Sentence s = r.sentence(si);
        for (int k = we + 1; k < Math.min(s.size() - 1, we + DEFINITION_REACH); k++) {
            if ((s.lower(k).equals("refer") || s.lower(k).equals("refers")) && s.lower(k + 1).equals("to")) {
                int name = s.lower(k + 2).equals("the") ? k + 3 : k + 2;
                return organisation(r.startingAt(si, name));
            }
        }
        for (int k = we - 1; k > 0 && we - k < DEFINITION_REACH; k--) {
            if (s.lower(k).equals("(")) {
                int end = s.lower(k - 2).equals(",") ? k - 3 : k - 1; // 'Veridane Biosciences, Inc. ("we")'
                Mention named = r.endingAt(si, k - 1);
                return organisation(named != null ? named : r.endingAt(si, end));
            }
        }
        return null;
    }

    private static Mention organisation(Mention m) {
        return m != null && !m.anaphoric() && m.type() == EntityType.ORGANIZATION ? m : null;
    }
}
