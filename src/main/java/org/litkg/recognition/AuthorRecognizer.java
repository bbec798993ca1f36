package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.document.AuthorLines;

/** The names of a byline with affiliation marks ("Margit Halloran (1), Ian Dunbar (1,2)"): each a person. */
final class AuthorRecognizer implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (AuthorLines.Author a : AuthorLines.authors(s.text())) {
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
