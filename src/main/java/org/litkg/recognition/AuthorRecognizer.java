package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.document.AuthorLines;

/**
 * The names of a byline with affiliation marks ("Margit Halloran (1), Ian Dunbar (1,2)") or of a line of names and
 * nothing else ("Tomás Herrera-Vidal, Priya Natarajan and Elise Fournier"): each a person.
 */
final class AuthorRecognizer implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        List<AuthorLines.Author> marked = AuthorLines.authors(s.text());
        for (AuthorLines.Author a : marked.isEmpty() ? AuthorLines.nameList(s.text()) : marked) {
            int from = s.tokenStartingAt(s.span().start() + a.start());
            int to = from;
            while (to >= 0 && to < s.size() && s.token(to).span().end() <= s.span().start() + a.end()) {
                to++;
            }
            if (from >= 0 && to > from + 1) {
                String name = s.textOf(from, to);
                out.add(MentionRecognizer.mention(s, from, to, EntityType.PERSON, name, null, 0.85, "name-author", false));
            }
        }
    }
}
