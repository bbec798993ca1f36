package org.litkg.document;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX markup reduced to the text it typesets, for a preprint's source and a BibTeX export's fields: accents
 * ({@code M{\"u}ller}, {@code Bj{\o}rnstad}), escaped signs ({@code 95\%}), dashes and quotes ({@code --},
 * {@code ``}), emphasis kept as its words, citations, references and labels dropped, since a reader never sees them.
 */
final class LatexText {

    /** Accent commands and the combining mark each puts on the next letter. */
    private static final Map<Character, Character> ACCENTS = Map.of('"', '\u0308', '\'', '\u0301', '`', '\u0300',
            '^', '\u0302', '~', '\u0303', '=', '\u0304', '.', '\u0307', 'c', '\u0327', 'v', '\u030C', 'H', '\u030B');
    private static final Pattern ACCENT = Pattern.compile(
            "\\\\([\"'`^~=.]|[cvH](?=[{\\s]))\\s*(?:\\{\\s*(\\\\?\\w)\\s*}|(\\\\?\\w))");
    /** Commands that stand for one character or sign. */
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("ss", "ß"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textperiodcentered", "·"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("textquoteright", "’"),
            Map.entry("textmu", "µ"), Map.entry("textdegree", "°"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("pm", "±"), Map.entry("times", "×"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("alpha", "α"),
            Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("kappa", "κ"),
            Map.entry("mu", "μ"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("sim", "~"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"));
    /** Commands whose argument the reader never sees (a citation key, a label, a footnote's aside). */
    private static final Set<String> HIDDEN = Set.of("cite", "citep", "citet", "citealp", "citeauthor", "citeyear",
            "nocite", "ref", "eqref", "autoref", "cref", "Cref", "pageref", "label", "thanks", "footnote",
            "includegraphics", "bibliography", "bibliographystyle", "vspace", "hspace", "orcid", "email", "url",
            "inst", "affiliation", "usepackage", "documentclass", "newcommand", "renewcommand", "setlength");
    /** Hidden commands that take two arguments: a name and what it stands for. */
    private static final Set<String> DEFINITIONS = Set.of("newcommand", "renewcommand", "setlength");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\*?\\s*(\\[[^\\]]*])?");
    /** A bracketed pointer to a figure, table or equation: "(Figure~\\ref{fig:km})", which says nothing read alone. */
    private static final Pattern FIGURE_REFERENCE = Pattern.compile(
            "\\s*\\(\\s*(Figures?|Figs?\\.|Tables?|Eqs?\\.|Equations?|Sections?)\\s*~?\\s*\\\\ref\\{[^}]*}\\s*\\)");
    private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)%.*");

    private LatexText() {
    }

    /** LaTeX source without its comments: from an unescaped "%" to the line's end. */
    static String withoutComments(String latex) {
        return COMMENT.matcher(latex).replaceAll("");
    }

    /** The text a LaTeX fragment typesets, on the lines it was written on. */
    static String plain(String latex) {
        String s = FIGURE_REFERENCE.matcher(withoutComments(latex)).replaceAll("");
        s = s.replace("\\\\", "\n").replace("\\%", "\u0001").replace("\\&", "&").replace("\\_", "_")
                .replace("\\#", "#").replace("\\$", "\u0002").replace("\\,", " ").replace("\\ ", " ")
                .replace("\\-", "");
        s = accents(s);
        s = commands(s);
        s = s.replace("$", "").replace("{", "").replace("}", "").replace('\u0001', '%').replace('\u0002', '$');
        s = s.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”").replace('~', ' ');
        // a citation or reference dropped before a stop or a bracket leaves the space that stood before it
        return s.replaceAll("[ \\t]+", " ").replaceAll(" ([.,;:)])", "$1").replace("()", "");
    }

    private static String accents(String s) {
        Matcher m = ACCENT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String letter = m.group(2) != null ? m.group(2) : m.group(3);
            String base = letter.equals("\\i") ? "i" : letter.equals("\\j") ? "j" : letter;
            char mark = ACCENTS.get(m.group(1).charAt(0));
            m.appendReplacement(out, Matcher.quoteReplacement(Normalizer.normalize(base + mark, Normalizer.Form.NFC)));
        }
        return m.appendTail(out).toString();
    }

    /** Signs become their character, hidden commands go with their argument, any other command leaves its argument. */
    private static String commands(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = COMMAND.matcher(s);
        int at = 0;
        while (m.find(at)) {
            out.append(s, at, m.start());
            String name = m.group(1);
            at = m.end();
            if (SIGNS.containsKey(name)) {
                out.append(SIGNS.get(name));
                if (at < s.length() - 1 && s.startsWith("{}", at)) {
                    at += 2;
                }
            } else if (HIDDEN.contains(name)) {
                at = skipArguments(s, at, DEFINITIONS.contains(name) ? 2 : 1);
            } else if (name.equals("href")) {
                at = skipArguments(s, at, 1); // \href{url}{text}: the text stays
            }
        }
        return out.append(s.substring(Math.min(at, s.length()))).toString();
    }

    /** The index after up to {@code max} braced arguments from {@code at}, white space between them skipped. */
    static int skipArguments(String s, int at, int max) {
        int i = at;
        for (int n = 0; n < max; n++) {
            int j = i;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) != '{') {
                break;
            }
            int end = closingBrace(s, j);
            if (end < 0) {
                break;
            }
            i = end + 1;
        }
        return i;
    }

    /** The index of the brace closing the one at {@code open}, or -1 when the text ends first. */
    static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
