package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manuscript's LaTeX source read as the {@link MedlineRecord} of the article it typesets: its title, its authors with
 * their affiliations (authblk's {@code \author[1]} and {@code \affil[1]}, elsarticle's {@code \address}, revtex's
 * {@code \affiliation}, LLNCS's {@code \inst} and {@code \institute}, or lines after {@code \\} in a plain
 * {@code \author}), its abstract and its body's paragraphs. Section headings, figures, tables, display maths and the
 * bibliography are left out, as they are from a JATS article.
 */
final class LatexArticle {

    private static final String BEGIN = "\\begin{document}";
    private static final Pattern FRONT = Pattern.compile(
            "\\\\(author|affil|affiliation|address|institute|title|journal)\\*?\\s*(?:\\[([^\\]]*)])?\\s*\\{");
    private static final Pattern LEFT_OUT = Pattern.compile("(?s)\\\\begin\\{(figure|table|equation|align|eqnarray|"
            + "displaymath|tabular|thebibliography|tikzpicture|algorithm|lstlisting|verbatim|abstract)(\\*?)}.*?"
            + "\\\\end\\{\\1\\2}|\\\\\\[.*?\\\\]");
    private static final Pattern HEADING = Pattern.compile(
            "\\\\(part|chapter|section|subsection|subsubsection|paragraph)\\*?\\s*(\\[[^\\]]*])?\\s*\\{");
    private static final Pattern ABSTRACT = Pattern.compile("(?s)\\\\begin\\{abstract}(.*?)\\\\end\\{abstract}");
    private static final Pattern MARKS = Pattern.compile("\\\\inst\\{([^}]*)}|\\$\\^\\{?([\\w,*]+)}?\\$"
            + "|\\\\textsuperscript\\{([^}]*)}");

    private LatexArticle() {
    }

    /** An author as the source names them, with the marks of their affiliations and the addresses given with them. */
    private record Author(String name, List<String> marks, List<String> addresses) {
    }

    /**
     * The article as a MEDLINE record. Throws IllegalArgumentException, saying what is missing, where the source is
     * no LaTeX document.
     */
    static String text(String tex) {
        int begin = tex.indexOf(BEGIN);
        if (begin < 0) {
            throw new IllegalArgumentException("not a LaTeX document: no \\begin{document}");
        }
        String source = LatexText.withoutComments(tex);
        int bodyStart = source.indexOf(BEGIN) + BEGIN.length();
        int bodyEnd = source.indexOf("\\end{document}");
        String body = source.substring(bodyStart, bodyEnd < 0 ? source.length() : bodyEnd);
        MedlineRecord r = new MedlineRecord().add("PMID", "");
        Map<String, String> labelled = new LinkedHashMap<>();
        List<Author> authors = new ArrayList<>();
        Matcher m = FRONT.matcher(source);
        int from = 0;
        while (m.find(from)) {
            int end = LatexText.closingBrace(source, m.end() - 1);
            if (end < 0) {
                break;
            }
            front(m.group(1), m.group(2), source.substring(m.end(), end), r, authors, labelled);
            from = end + 1;
        }
        for (Author author : authors) {
            r.add("FAU", MedlineRecord.invertedName(author.name()));
            author.addresses().forEach(a -> r.add("AD", a));
            author.marks().forEach(mark -> r.add("AD", labelled.getOrDefault(mark, "")));
        }
        if (authors.stream().allMatch(a -> a.marks().isEmpty() && a.addresses().isEmpty()) && labelled.size() == 1) {
            r.add("AD", labelled.values().iterator().next()); // one address for every author
        }
        Matcher summary = ABSTRACT.matcher(body);
        if (summary.find()) {
            r.add("AB", LatexText.plain(summary.group(1)));
        }
        for (String paragraph : paragraphs(body)) {
            r.add("AB", paragraph);
        }
        return r.toString();
    }

    /** One front-matter command: the title, the journal, an author or an affiliation. */
    private static void front(String command, String option, String argument, MedlineRecord r, List<Author> authors,
            Map<String, String> labelled) {
        switch (command) {
            case "title" -> r.add("TI", LatexText.plain(argument));
            case "journal" -> r.add("JT", LatexText.plain(argument));
            case "author" -> {
                for (String part : argument.split("\\\\and\\b")) {
                    String[] lines = part.split("\\\\\\\\");
                    List<String> marks = new ArrayList<>(marks(option));
                    Matcher mark = MARKS.matcher(lines[0]);
                    while (mark.find()) {
                        String found = mark.group(1) != null ? mark.group(1)
                                : mark.group(2) != null ? mark.group(2) : mark.group(3);
                        marks.addAll(marks(found));
                    }
                    String name = LatexText.plain(MARKS.matcher(lines[0]).replaceAll("")).replaceAll("[*,†‡]+\\s*$", "")
                            .strip();
                    List<String> addresses = new ArrayList<>();
                    for (int i = 1; i < lines.length; i++) {
                        addresses.add(LatexText.plain(lines[i]).strip());
                    }
                    if (!name.isEmpty()) {
                        authors.add(new Author(name, marks, addresses));
                    }
                }
            }
            case "institute" -> {
                String[] parts = argument.split("\\\\and\\b");
                for (int i = 0; i < parts.length; i++) {
                    labelled.put(String.valueOf(i + 1), LatexText.plain(parts[i]).strip());
                }
            }
            default -> { // affil, affiliation, address
                String address = LatexText.plain(argument).replaceAll("\\s+", " ").strip();
                if (option != null && !option.isBlank()) {
                    labelled.put(option.strip(), address);
                } else if (!authors.isEmpty()) {
                    // revtex: an unlabelled affiliation is that of the authors named since the last one, or, when two
                    // follow each other, a second affiliation of the same authors
                    int last = authors.size() - 1;
                    int first = last;
                    while (first > 0 && authors.get(first - 1).addresses().isEmpty()
                            && authors.get(first - 1).marks().isEmpty()) {
                        first--;
                    }
                    if (!authors.get(last).addresses().isEmpty()) {
                        while (first > 0 && authors.get(first - 1).addresses().equals(authors.get(last).addresses())) {
                            first--;
                        }
                    }
                    authors.subList(first, last + 1).forEach(a -> a.addresses().add(address));
                } else {
                    labelled.put("", address);
                }
            }
        }
    }

    private static List<String> marks(String list) {
        List<String> marks = new ArrayList<>();
        if (list != null) {
            for (String mark : list.split(",")) {
                if (!mark.isBlank() && !mark.strip().equals("*")) {
                    marks.add(mark.strip());
                }
            }
        }
        return marks;
    }

    /** The body's paragraphs as text, headings and left-out environments taken away. */
    private static List<String> paragraphs(String body) {
        String s = LEFT_OUT.matcher(body).replaceAll("\n\n");
        StringBuilder out = new StringBuilder();
        Matcher heading = HEADING.matcher(s);
        int at = 0;
        while (heading.find(at)) {
            out.append(s, at, heading.start()).append("\n\n");
            int end = LatexText.closingBrace(s, heading.end() - 1);
            at = end < 0 ? heading.end() : end + 1;
        }
        out.append(s.substring(at));
        List<String> paragraphs = new ArrayList<>();
        for (String block : out.toString().split("\\n\\s*\\n")) {
            String text = LatexText.plain(block.replaceAll("\\\\(maketitle|tableofcontents|appendix|noindent|"
                    + "newpage|clearpage|centering|item)\\b", " ")).replaceAll("\\s+", " ").strip();
            if (text.chars().anyMatch(Character::isLetter)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
