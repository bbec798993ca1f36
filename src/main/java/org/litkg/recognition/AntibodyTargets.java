package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.Span;

/**
 * The protein an antibody's "anti-" word names, where the document names it nowhere else: "adalimumab, an anti-TNF
 * antibody" names TNF, which the drug binds. The name lies inside the word, so its mention covers the word's token
 * and the characters of the name alone, and follows the drug's mention, which the relation patterns keep reading as
 * the drug. Only a name the lexicon lists as a protein is taken: "an anti-cancer drug" names no target.
 */
final class AntibodyTargets {

    private static final String ANTI = "anti-";
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private AntibodyTargets() {
    }

    static List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions, Lexicon lexicon) {
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        Set<String> named = new HashSet<>(); // the names the document gives, each once
        mentions.forEach(ms -> ms.stream().filter(m -> !m.anaphoric())
                .forEach(m -> named.add(m.text().toLowerCase(Locale.ROOT))));
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = new ArrayList<>(mentions.get(si));
            for (Mention agent : mentions.get(si)) {
                Mention target = target(s, agent, lexicon); // the agent may be a reference: "an anti-X antibody"
                if (target != null && !named.contains(target.text().toLowerCase(Locale.ROOT))) {
                    ms.add(ms.indexOf(agent) + 1, target);
                }
            }
            out.add(ms);
        }
        return out;
    }

    /** The target named inside the drug or drug class mention's first word, "anti-TNF", if the lexicon lists it. */
    private static Mention target(Sentence s, Mention agent, Lexicon lexicon) {
        boolean agentType = agent.type() == EntityType.DRUG || agent.type() == EntityType.DRUG_CLASS;
        int at = ARTICLES.contains(s.lower(agent.from())) ? agent.from() + 1 : agent.from(); // "an anti-TNF antibody"
        String word = s.token(Math.min(at, agent.to() - 1)).text();
        if (!agentType || at >= agent.to() || !word.toLowerCase(Locale.ROOT).startsWith(ANTI)
                || word.length() <= ANTI.length()) {
            return null;
        }
        String name = word.substring(ANTI.length());
        List<LexiconEntry> found = lexicon.lookupExact(Lexicon.exactKey(name));
        for (LexiconEntry e : found.isEmpty() ? lexicon.lookup(Lexicon.key(name)) : found) {
            if (e.type().kind() == EntityType.Kind.PROTEIN && (!e.caseSensitive() || !found.isEmpty())) {
                Span whole = s.token(at).span();
                Span inner = new Span(whole.start() + ANTI.length(), whole.end());
                return new Mention(agent.sentence(), at, at + 1, inner, name, e.type(), e.label(),
                        e.id(), 0.7, "antibody-target", false);
            }
        }
        return null;
    }
}
