package org.litkg.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names with types and identifiers, from TSV files: litkg's curated seed lexicon on the classpath,
 * plus any the user built with {@code litkg lexicon import}.
 *
 * <p>Names are matched on a compact key (lower-case letters and digits only), so "PD-1", "PD1" and
 * "pd 1" are one name, whatever the tokenizer does with hyphens and spaces.
 */
public final class Lexicon {

    public static final String SEED = "/org/litkg/lexicon/seed.tsv";
    private final Map<String, LexiconEntry> byId = new LinkedHashMap<>();
    private final Map<String, List<LexiconEntry>> byKey = new HashMap<>();
    private final Map<String, List<LexiconEntry>> byExactKey = new HashMap<>();
    private int maxTokens = 1;

    /** The seed lexicon plus the given lexicon files, later entries adding names to earlier ids. */
    public static Lexicon load(List<Path> extraFiles) {
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the classpath");
            }
            lexicon.addAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : extraFiles) {
            try {
                lexicon.addAll(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
            }
        }
        return lexicon;
    }

    public static Lexicon empty() {
        return new Lexicon();
    }

    /** Adds the entries of one TSV file; errors name the file and line. */
    public void addAll(List<String> lines, String source) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private static LexiconEntry parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 4) {
            throw new IllegalArgumentException("expected id, type, label, synonyms[, xrefs[, flags]] separated by tabs");
        }
        List<String> flags = c.length > 5 ? Arrays.asList(c[5].split(",")) : List.of();
        return new LexiconEntry(c[0], EntityType.parse(c[1]), c[2], split(c[3]), c.length > 4 ? split(c[4]) : List.of(),
                flags.contains("cs"), flags.contains("ctx"));
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public void add(LexiconEntry entry) {
        LexiconEntry merged = byId.merge(entry.id(), entry, (old, neu) -> {
            List<String> syns = new ArrayList<>(old.synonyms());
            neu.synonyms().stream().filter(s -> !syns.contains(s)).forEach(syns::add);
            List<String> xrefs = new ArrayList<>(old.xrefs());
            neu.xrefs().stream().filter(s -> !xrefs.contains(s)).forEach(xrefs::add);
            return new LexiconEntry(old.id(), old.type(), old.label(), syns, xrefs, old.caseSensitive(), old.needsContext());
        });
        for (String name : merged.synonyms()) {
            boolean exact = merged.caseSensitive() && (isSymbol(name) || merged.type().kind() != EntityType.Kind.PROTEIN)
                    || isShortAcronym(name) || endsInLoneS(name) || opensWithCapitalisedWord(name);
            String key = exact ? exactKey(name) : key(name);
            if (key.isEmpty()) {
                continue;
            }
            Map<String, List<LexiconEntry>> index = exact ? byExactKey : byKey;
            List<LexiconEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            // an entry merged again keeps its place: the seed's COPD, a disease, stays before an imported gene's alias
            int at = java.util.stream.IntStream.range(0, list.size()).filter(i -> list.get(i).id().equals(merged.id()))
                    .findFirst().orElse(-1);
            if (at >= 0) {
                list.set(at, merged);
            } else {
                list.add(merged);
            }
            maxTokens = Math.max(maxTokens, name.split("[\\s\\-/]+").length + 1);
        }
    }

    /**
     * A case-sensitive gene matches its symbols as written (MET is a gene, "met" is not) and its
     * descriptive names in any case ("Acetylcholinesterase" opening a sentence). Other case-sensitive
     * entries (journals: Blood, Cancer Cell) match only as written.
     */
    private static boolean isSymbol(String name) {
        return name.chars().noneMatch(Character::isWhitespace)
                && (name.chars().anyMatch(Character::isUpperCase) || name.chars().anyMatch(Character::isDigit) || name.length() <= 4);
    }

    /** Words written in capitals that open a name but are function words in lower case: "ON retinal ganglion cell". */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("ON", "OFF", "IN", "AT", "OR", "AS",
            "IT", "TO", "AN", "NO", "US", "BY", "OF", "UP");

    /** "ON retinal ganglion cell" (a cell that fires when light comes on) is not "on retinal ganglion cells". */
    private static boolean opensWithCapitalisedWord(String name) {
        int space = name.indexOf(' ');
        return space > 0 && FUNCTION_WORDS.contains(name.substring(0, space));
    }

    /** "protein S": without its space it is the plural "proteins", so it matches only as written. */
    private static boolean endsInLoneS(String name) {
        return name.length() > 2 && (name.endsWith(" S") || name.endsWith("-S"));
    }

    /**
     * Short all-capital names (WHO, ASA, AIDS) are words in lower case, and so are short names with
     * a capital inside (SAMe is "same"): they match only as written.
     */
    private static boolean isShortAcronym(String name) {
        boolean allCapitals = name.chars().noneMatch(Character::isLowerCase);
        boolean innerCapital = name.length() > 1 && name.substring(1).chars().anyMatch(Character::isUpperCase);
        return name.length() <= 6 && (allCapitals || innerCapital) && name.chars().filter(Character::isLetter).count() >= 2;
    }

    /** Entries whose names have this compact key (case-insensitive ones). */
    public List<LexiconEntry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Entries whose names have this case-preserving compact key. */
    public List<LexiconEntry> lookupExact(String exactKey) {
        return byExactKey.getOrDefault(exactKey, List.of());
    }

    public LexiconEntry get(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    public List<LexiconEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The longest name, in tokens, that a match needs to look at. */
    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The compact match key: lower-case letters and digits (Greek letters spelled), nothing else, in American spelling
     * ("fibres" matches "fiber").
     */
    public static String key(String name) {
        return AmericanSpellings.of(exactKey(name).toLowerCase(java.util.Locale.ROOT));
    }

    static String exactKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(switch (ch) {
                    case 'α' -> "alpha";
                    case 'β' -> "beta";
                    case 'γ' -> "gamma";
                    case 'κ' -> "kappa";
                    default -> String.valueOf(ch);
                });
            } else if (ch == '+') {
                b.append('+');
            }
        }
        return b.toString();
    }
}
