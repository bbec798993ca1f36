package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Sentence;
import org.litkg.document.AuthorLines;
import org.litkg.document.BracketedBylines;

/**
 * The names of a byline with affiliation marks ("Margit Halloran (1), Ian Dunbar (1,2)") or of a line of names and
 * nothing else ("Tomás Herrera-Vidal, Priya Natarajan and Elise Fournier", "Mei-Ling Zhou, Jun-Hao Tao, et al." or "A, B, and
 * the HERON-2 Investigators") or of groups of names with their institutions in brackets ({@link BracketedBylines}):
 * each a person. A line of names that only
 * the address below it makes a byline ("Tobias Erlandsen, Priya Raghunathan" over "Department of Haematology, Aarhus
 * University Hospital") is read once the whole document is, by {@link #sharedAddressBylines}.
 */
final class AuthorRecognizer implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        List<AuthorLines.Author> marked = AuthorLines.authors(s.text());
        List<AuthorLines.Author> etAl = marked.isEmpty() ? AuthorLines.etAlList(s.text()) : List.of();
        List<AuthorLines.Author> group = marked.isEmpty() && etAl.isEmpty() ? AuthorLines.groupList(s.text()) : List.of();
        List<AuthorLines.Author> listed = marked.isEmpty() && etAl.isEmpty() && group.isEmpty()
                ? AuthorLines.nameList(s.text()) : List.of();
        List<AuthorLines.Author> cited = listed.isEmpty() ? AuthorLines.citedNameList(s.text()) : List.of();
        add(s, !marked.isEmpty() ? marked : !etAl.isEmpty() ? etAl : !group.isEmpty() ? group
                : !listed.isEmpty() ? listed : !cited.isEmpty() ? cited : BracketedBylines.read(s.text()).authors(), out);
    }

    /** Each byline whose address the next sentence gives: its names are persons, whatever else was read there. */
    static List<List<Mention>> sharedAddressBylines(AnalyzedDocument doc, List<List<Mention>> mentions) {
        List<List<Mention>> out = new ArrayList<>(mentions);
        List<Sentence> sentences = doc.sentences();
        boolean proseSeen = false;
        for (int si = 0; si + 1 < sentences.size(); si++) {
            proseSeen |= si > 0 && AuthorLines.isProseSentence(sentences.get(si - 1).text());
            Sentence s = sentences.get(si);
            if (proseSeen && !AuthorLines.isLabelledPair(s.text(), sentences.get(si + 1).text())) {
                continue; // front matter only, as AuthorLines.sharedAddressByline: after the prose, they sign a letter
            }
            List<AuthorLines.Author> authors = AuthorLines.sharedAddressAuthors(s.text(), sentences.get(si + 1).text());
            if (!authors.isEmpty() && out.get(si).stream().noneMatch(m -> m.method().equals(METHOD))) {
                List<Mention> names = new ArrayList<>();
                add(s, authors, names);
                out.set(si, names);
            }
        }
        return out;
    }

    /** How the names of a byline are marked, for AuthorBlocks to find them. */
    static final String METHOD = "name-author";

    private static void add(Sentence s, List<AuthorLines.Author> authors, List<Mention> out) {
        for (AuthorLines.Author a : authors) {
            int from = s.tokenStartingAt(s.span().start() + a.start());
            int to = from;
            while (to >= 0 && to < s.size() && s.token(to).span().end() <= s.span().start() + a.end()) {
                to++;
            }
            if (from >= 0 && to > from + 1) {
                String name = s.textOf(from, to);
                out.add(MentionRecognizer.mention(s, from, to, EntityType.PERSON, name, null, 0.85, METHOD, false));
            }
        }
    }
}
