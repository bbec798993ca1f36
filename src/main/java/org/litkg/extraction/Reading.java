package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.document.Span;
import org.litkg.recognition.Cues;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * What the relation patterns share while reading one document: the mentions by position, the
 * resolution of references, negation and hedge detection, and how statements are built.
 */
final class Reading {

    /** Tokens that end the stretch in which an argument is looked for. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "which", "who", "whom", "because", "while",
            "whereas", "but", "although", "though", "before", "after", "until", "unless", "once");
    /** Prepositions that put the next noun phrase outside a verb's object ("moved into the core"). */
    static final Set<String> PREPOSITIONS = Set.of("into", "in", "from", "at", "on", "with", "for", "during",
            "through", "within", "across", "toward", "towards", "over", "under", "via", "between", "among", "inside");
    private static final Set<String> REFLEXIVES = Set.of("themselves", "itself");
    /** Words that open an apposed noun phrase: "X, the most common ...", "CXCL1 and CXCL5, two chemokines". */
    static final Set<String> ARTICLES = Set.of("a", "an", "the", "two", "three", "another");
    /** Possessive determiners, which stand before a noun as an article does: "her neutrophils", "their cells". */
    static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
    static final Set<String> CONJUNCTIONS = Set.of(",", "and", "or", "nor", "as", "well", "both");

    final RecognizedDocument doc;
    final Cues cues;
    private final Coreference coreference;
    private final Pronouns pronouns;
    private final Modality modality;

    Reading(RecognizedDocument doc, Cues cues) {
        this.doc = doc;
        this.cues = cues;
        this.coreference = new Coreference(doc);
        this.pronouns = new Pronouns(doc, coreference);
        this.modality = new Modality(cues);
    }

    Sentence sentence(int si) {
        return doc.analyzed().sentences().get(si);
    }

    int sentenceCount() {
        return doc.analyzed().sentences().size();
    }

    Mention endingAt(int si, int lastToken) {
        for (Mention m : doc.mentions().get(si)) {
            if (m.to() - 1 == lastToken) {
                return m;
            }
        }
        return null;
    }

    /** The name before a parenthetical that closes with the comma at {@code comma}: "X, developed by Y," gives X. */
    Mention subjectBeforeParenthetical(int si, int comma) {
        Sentence s = sentence(si);
        int open = Parentheticals.asideOpening(s, comma);
        return open < 0 ? null : endingAtOrBeforeNoun(si, Parentheticals.before(s, open - 1)); // "Vercirnon (CCX282-B), discovered by"
    }

    /** The mention ending at the token, or the one a protein noun there follows: "IL-36 cytokines", "the CXCL12 protein". */
    Mention endingAtOrBeforeNoun(int si, int lastToken) {
        Mention m = endingAt(si, lastToken);
        if (m == null && lastToken > 0 && cues.is(Category.PROTEIN_NOUN, Lemmatizer.singular(sentence(si).lower(lastToken)))) {
            m = endingAt(si, lastToken - 1);
        }
        return m;
    }

    /** The drug a class names right after it ("the checkpoint inhibitor pembrolizumab"), else the mention itself. */
    Mention drugNamedByClass(Mention m) {
        return ClassNamedDrugs.named(this, m);
    }

    /** Whether the mention's last word is a plural: "T cells", "blood vessels" (not "the tumour"). */
    boolean headIsPlural(Mention m) {
        return coreference.headIsPlural(m);
    }

    /** A reference to several entities at once: "both receptors", "these chemokines", "each drug". */
    boolean isGroupReference(Mention m) {
        return coreference.isPlural(m);
    }

    /** The mentions recognised in sentence si, in order. */
    List<Mention> mentions(int si) {
        return doc.mentions().get(si);
    }

    Mention startingAt(int si, int token) {
        for (Mention m : doc.mentions().get(si)) {
            if (m.from() == token) {
                return m;
            }
        }
        return null;
    }

    /** The drugs the document is about ({@link TopicDrugs}). */
    TopicDrugs topicDrugs() {
        return coreference.topicDrugs();
    }

    /** The organisations the document speaks for: its defined "we" and its letterhead, each found once. */
    final Speakers speakers = new Speakers(this);

    Argument argument(Mention m, Set<EntityType> allowed) {
        m = OrganCells.organOrSelf(this, m, allowed); // "made by the cells lining the small intestine"
        Node.EntityNode node = coreference.resolve(DefinedHeadwords.headwordOrSelf(this, m), allowed);
        if (node == null) {
            return null;
        }
        boolean apposedAfter = m.anaphoric() && sentence(m.sentence()).lower(m.to()).equals(",");
        Mention after = apposedAfter ? startingAt(m.sentence(), m.to() + 1) : null;
        if (after != null && !after.anaphoric() && after.type().kind() == m.type().kind()) {
            Node.EntityNode named = coreference.resolve(after, allowed); // "T cells carrying its receptor, CXCR3,"
            return named == null ? null : new Argument(named, after.span(), after.text(), false);
        }
        // "AMD3100 — a drug ...": an apposition stands for the name just before it; cite the name
        Mention named = m.anaphoric() ? endingAt(m.sentence(), m.from() - 2) : null;
        if (named != null && !named.anaphoric() && sentence(m.sentence()).token(m.from() - 1).isPunctuation()
                && node.equals(coreference.resolve(named, allowed))) {
            return new Argument(node, named.span(), named.text(), false);
        }
        return new Argument(node, m.span(), m.text(), m.anaphoric());
    }

    /** The argument a reference gives when it cannot stand for {@code other}: "mesalamine alongside the antibody". */
    Argument argumentOtherThan(Mention m, Set<EntityType> allowed, Argument other) {
        Node.EntityNode node = other.node() instanceof Node.EntityNode e ? coreference.resolveOtherThan(m, allowed, e) : null;
        return node == null || node.equals(other.node()) ? null : new Argument(node, m.span(), m.text(), m.anaphoric());
    }

    /**
     * The person a possessive ("her work") at token k of sentence si stands for: the nearest person named before it, or
     * one named earlier whom the sentences since keep calling "she" or "he".
     */
    Argument possessor(int si, int k) {
        // a letter's "your manuscript", a judge's "you claimed in a paper": the person it greets or calls by name
        boolean your = sentence(si).lower(k).equals("your") || sentence(si).lower(k).equals("you");
        Argument near = your ? Addressees.at(this, si, k) : namedBefore(si, k, k, EnumSet.of(EntityType.PERSON));
        Node.EntityNode kept = near == null && !your ? PersonFocus.keptBefore(doc, si) : null;
        return kept == null ? near : new Argument(kept, sentence(si).token(k).span(), sentence(si).token(k).text(), true);
    }

    /** The word at token k as a reference to the nearest allowed entity named before token {@code before}. */
    Argument namedBefore(int si, int k, int before, Set<EntityType> allowed) {
        Node.EntityNode node = coreference.nearestBefore(si, before, allowed, null);
        return node == null ? null : new Argument(node, sentence(si).token(k).span(), sentence(si).token(k).text(), true);
    }

    /** An argument for a pronoun at token k, else null. */
    Argument pronoun(int si, int k, Set<EntityType> allowed) {
        Sentence s = sentence(si);
        if (s.lower(k).equals("you")) {
            return CalledDrugs.addressed(this, si, k, allowed); // "CCR5, ... till maraviroc blocks you"
        }
        if (!Coreference.isPronoun(s.lower(k)) && !PairReferences.isPronounBoth(s, k)
                && !CountedReferences.isAllCount(s, k)) {
            return null;
        }
        Mention intensified = REFLEXIVES.contains(s.lower(k)) ? endingAt(si, k - 1) : null;
        if (intensified != null) {
            return argument(intensified, allowed); // "the tumour cells themselves secrete CCL2"
        }
        if (REFLEXIVES.contains(s.lower(k))) {
            for (int j = k - 1; j >= 0; j--) {
                Mention clauseSubject = endingAt(si, j);
                if (clauseSubject != null) { // "Many cancers protect themselves by making PD-L1": the clause's own
                    return argument(clauseSubject, allowed); // subject, even a general one, not another sentence's name
                }
            }
        }
        Node.EntityNode node = pronouns.resolve(si, k, allowed);
        return node == null ? null : new Argument(node, s.token(k).span(), s.token(k).text(), true);
    }

    /** The nearest allowed argument left of token {@code before}, within the clause; its start token in found[0]. */
    Argument leftOf(int si, int before, int window, Set<EntityType> allowed, int[] found) {
        return leftOf(si, before, window, allowed, found, false);
    }

    /** As above; for a subject, a name of another type right before the verb is it ("T cells moved"). */
    Argument leftOf(int si, int before, int window, Set<EntityType> allowed, int[] found, boolean subject) {
        Sentence s = sentence(si);
        boolean ownSubject = false; // "an enzyme ..." passed: the clause's own subject (FrontedContexts)
        for (int k = before - 1; k >= Math.max(0, before - window); k--) {
            if (s.lower(k).equals(";") || s.lower(k).equals(":") || subject && ClauseOpeners.opensOwnClause(s, k)) {
                return null;
            }
            Mention m = endingAt(si, k);
            if (subject && m == null && PrepositionalPronouns.isObject(s, k)) {
                continue; // "T helper 2 cells gather around them and release": "them" is no subject
            }
            Argument a = m != null ? unlessMarker(s, m, allowed) : pronoun(si, k, allowed);
            if (a != null && m != null && OrganCells.closesApposedCells(s, m, before)) {
                k = m.from(); // "astrocytes, the support cells of the brain, secrete": the cells' organ is no subject
                continue;
            }
            if (a != null && ownSubject && FrontedContexts.isSetting(s, k, before, a)) {
                return null; // "In chronic pancreatitis, an enzyme ... releases": the setting
            }
            ownSubject |= FrontedContexts.ownSubject(m, a);
            if (a != null) {
                // a pronoun's own token, or for "the cells themselves" the name it intensifies
                found[0] = m != null ? m.from() : Math.max(0, s.tokenStartingAt(a.span().start()));
                found[1] = k + 1;
                return a;
            }
            int det = m == null ? -1 : s.lower(m.from() - 1).equals("the") ? m.from() - 2 : m.from() - 1; // a place:
            // "elinzanetant from Bayer blocks", "CXCL13 from follicular dendritic cells binds": the maker or the source
            boolean maker = m != null && s.lower(det).equals("from") && (m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.CELL_TYPE || m.type() == EntityType.TISSUE);
            // "the enzyme produces bradykinin": a definite description of another type is the subject too
            boolean named = m != null && (!m.anaphoric() || !allowed.contains(m.type()))
                    || m == null && Coreference.isPronoun(s.lower(k));
            boolean place = det > 0 && SubjectSearch.modifiesHeadBefore(s, det, m); // "T cells in the glands carry"
            if (subject && named && before - k <= 2 && !maker && !place) {
                // "and it also marks B cells": the pronoun is the subject even if what it stands for cannot be;
                return null; // but in "elinzanetant from Bayer blocks", the drug is the subject
            }
            if (m != null) {
                k = m.from();
            }
        }
        return null;
    }

    /** The nearest allowed argument right of token {@code after}, before the clause ends; its tokens in found. */
    Argument rightOf(int si, int after, int window, Set<EntityType> allowed, int[] found) {
        return rightOf(si, after, window, allowed, found, false);
    }

    /** As {@link #rightOf(int, int, int, Set, int[])}; a direct object is not looked for past a preposition. */
    Argument rightOf(int si, int after, int window, Set<EntityType> allowed, int[] found, boolean directObject) {
        Sentence s = sentence(si);
        boolean passedNoun = false;
        boolean passedOf = false;
        boolean passedName = false;
        for (int k = after + 1; k < Math.min(s.size(), after + 1 + window); k++) {
            boolean prepositionEnds = directObject && PREPOSITIONS.contains(s.lower(k)) && !NamedAfterNouns.isGeneFor(s, k);
            int apposed = prepositionEnds ? NamedAfterNouns.nameAfterReceptorFor(this, si, k) : -1;
            if (apposed > 0) {
                k = apposed - 1; // "carry a receptor for that signal, CCR2": the receptor is the name apposed to it
                continue;
            }
            if (directObject && ObjectSearch.amongThem(s, k)) {
                k++; // "release alarm signals, among them TSLP and IL-33": the members the aside goes on to name
                continue;
            }
            if (CLAUSE_ENDS.contains(s.lower(k)) || prepositionEnds) {
                return null;
            }
            if (directObject && passedNoun && (s.lower(k).equals("and") || s.lower(k).equals("or"))
                    && !ObjectSearch.nounsSharingOf(s, k)) {
                return null; // "inhibit LT production and specific 5-LO inhibition": the object was "LT production"
            }
            if (passedNoun && RELATIVE_PRONOUNS.contains(s.lower(k)) && startingAt(si, k - 1) == null) {
                return null; // "release cells that help the tumour": the object was the cells, the tumour is the clause's
            }
            Mention m = startingAt(si, k);
            Mention renamed = m == null ? null : ObjectSearch.renamedBy(this, si, m);
            if (renamed != null) {
                m = renamed; // "sits on the cells lining those vessels, the endothelial cells"
                k = m.from();
            }
            if (m != null && Possessives.possessesNext(this, si, m, allowed)) {
                k = m.to() - 1; // "by the marrow's stromal cells": the cells, not the marrow
                continue;
            }
            int whole = m == null ? -1 : ProteinParts.wholeAfter(this, si, m, allowed);
            if (whole > 0) {
                k = whole - 1; // "binds the p19 part of interleukin-23": the protein, not its part
                continue;
            }
            passedNoun |= m == null && s.token(k).pos().equals("NOUN") && s.token(k).text().chars().allMatch(Character::isLowerCase);
            if (m == null && ObjectSearch.isPronounWithVerb(s, k)) {
                return null; // "release less histamine when a person eats a food they are allergic to": a new subject
            }
            Argument a = m != null ? unlessMarker(s, m, allowed) : passedName ? null : pronoun(si, k, allowed);
            if (a != null) {
                found[0] = k;
                found[1] = m != null ? m.to() : k + 1;
                return a;
            }
            passedOf |= s.lower(k).equals("of");
            // "binds dabigatran tightly and neutralises it": a pronoun after a name of another type is that name's
            passedName |= m != null && !m.anaphoric();
            if (m != null && directObject && !m.anaphoric() && !passedOf && !s.lower(m.to()).equals("-")
                    && !ObjectSearch.opensListOfOthers(this, si, m, allowed)) {
                // "which both express CCR6, follow the chemokine": the object was CCR6, of another type; but in
                // "the binding of X to Y" and "the X-induced production of Y" X is inside the object
                return null;
            }
            k = m != null ? m.to() - 1 : k;
        }
        return null;
    }

    /**
     * Words that make a name a marker of the cells after it: "LAG-3-positive T cells", "PD-L1-high tumours" (but what
     * binds "CD3-expressing T cells" binds CD3).
     */
    private static final Set<String> MARKER_WORDS = Set.of("positive", "negative", "high", "low");

    /**
     * The mention as an argument, unless it only marks the noun after it: in "tumors carried more LAG-3-positive T cells"
     * and "LAG-3-positive T cells bind it", LAG-3 is neither the verb's object nor its subject.
     */
    private Argument unlessMarker(Sentence s, Mention m, Set<EntityType> allowed) {
        boolean marker = s.lower(m.to()).equals("-") && MARKER_WORDS.contains(s.lower(m.to() + 1));
        return marker ? null : argument(m, allowed);
    }

    /**
     * The name an apposed phrase starting near token {@code start} stands for ({@link Appositions}): NAME in "NAME, the
     * most common brain tumor in adults," and in "NAME, white blood cells that carry CXCR2"; found[0..1] get NAME.
     */
    Argument apposedName(int si, int start, Set<EntityType> allowed, int[] found) {
        return Appositions.nameBefore(this, si, start, allowed, found);
    }

    /** The argument and those coordinated after it: "CXCR1 and CXCR2", "CXCR1, CXCR2 or CXCR3". */
    List<Argument> withFollowingConjuncts(int si, Argument first, int end, Set<EntityType> allowed) {
        return Conjuncts.following(this, si, first, end, allowed);
    }

    /** The argument and those coordinated before it: "ovarian and breast tumors". */
    List<Argument> withPrecedingConjuncts(int si, Argument last, int start, Set<EntityType> allowed) {
        return Conjuncts.preceding(this, si, last, start, allowed);
    }

    /** A modifier of the noun after it (the tagger calls "responding" in "responding tumors" a noun, so the ending decides). */
    static boolean isModifierWord(org.litkg.analysis.Token t) {
        return t.pos().equals("ADJ") || t.lower().endsWith("ing") || t.lower().endsWith("ed");
    }

    /** Words that open a relative clause: "CXCL12, which ...", "a peptide that ...". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    /** What binds a receptor as its ligand: a chemokine or another protein (not a receptor, not a drug). */
    private static final Set<EntityType> LIGANDS = java.util.EnumSet.of(EntityType.CHEMOKINE, EntityType.PROTEIN);

    /**
     * A statement for every pairing of subjects and objects, with negation and hedging read from the
     * tokens between the first argument (at firstArgStart..firstArgEnd) and the trigger.
     */
    void emit(RelationType relation, List<Argument> subjects, List<Argument> objects, int si, int firstArgStart,
              int firstArgEnd, int triggerFrom, int triggerTo, String method, double baseConfidence, List<Statement> out) {
        Sentence s = sentence(si);
        boolean asked = Questions.asked(s, triggerFrom) && !QuizAnswers.answered(this, si) // an answered quiz states it
                && !(relation == RelationType.PUBLISHED_IN && Questions.paperOfJournal(this, si, triggerFrom));
        if (OpenQuestions.leftOpen(s, triggerFrom) || asked || Modality.requested(s, triggerFrom)
                || relation == RelationType.COMBINED_WITH && DrugLevels.namedBefore(this, si, triggerFrom)) {
            return;
        }
        Sentence next = si + 1 < sentenceCount() ? sentence(si + 1) : null;
        boolean hedged = modality.hedged(s, firstArgStart, triggerFrom);
        boolean negated = modality.negated(s, firstArgStart, firstArgEnd, triggerFrom)
                || Corrections.retracted(s, triggerFrom) // an erratum's wrong text, which it says is not so
                || modality.deniedNext(s, next, firstArgStart)
                || hedged && UnplannedPossibilities.plannedByNobody(s, triggerTo, next);
        Span trigger = s.spanOf(triggerFrom, triggerTo);
        List<Argument> given = SharedPronouns.asBefore(out, si, relation == RelationType.BINDS // "It binds X, keeps Y"
                ? EngineeredReceptors.asTherapy(si, firstArgStart, subjects, coreference) : subjects, relation);
        List<Argument> likened = LikenedSubjects.with(this, si, relation == RelationType.APPROVED_BY
                ? Regimens.approvedTogether(this, si, given) : given, relation.domain());
        for (Argument subject : coreference.withGroups(si, likened, relation.domain())) {
            for (Argument object : coreference.withGroups(si, objects, relation.range())) {
                if (subject.node().equals(object.node()) || !ClassArguments.mayHold(relation, subject, object)
                        || ArgumentDeterminers.unfit(relation, s, subject.span(), object.span())
                        || DrugClassTargets.misplaced(relation, s, subject, object, cues)
                        || relation == RelationType.COMBINED_WITH && ClassArguments.membersNamed(this, si, object)) {
                    continue;
                }
                double confidence = baseConfidence * (subject.reference() ? 0.85 : 1) * (object.reference() ? 0.85 : 1)
                        * (hedged ? Evidence.HEDGE_FACTOR : 1);
                // "ACKR3 binds CXCL12": the ligand binds its receptor, whichever way round the text puts it
                boolean receptorFirst = relation == RelationType.BINDS && subject.node().type() == EntityType.RECEPTOR
                        && LIGANDS.contains(object.node().type());
                out.add(new Statement(relation, new Evidence(si, s.span(), s.text(), receptorFirst ? object : subject,
                        receptorFirst ? subject : object, trigger, s.textOf(triggerFrom, triggerTo), method,
                        Math.round(confidence * 1000) / 1000.0, negated
                        || ArgumentDeterminers.eitherDenied(s, subject.span(), object.span(), triggerFrom),
                        hedged)));
            }
        }
    }
}
