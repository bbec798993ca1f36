package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.Sentence;
import org.litkg.pipeline.Pipeline;

/**
 * What litkg makes of a trained name finder's guesses: a finder written for the test "finds" the word sequences it is
 * given, so each test shows what the recogniser keeps and what it drops. Every sentence is written for the test.
 */
class ModelNamesTest {

    /** A finder that reads each given word sequence as a name of that kind, with that probability. */
    private static NameFinder finding(Map<String, NameFinder.Kind> names, double probability) {
        return s -> {
            List<NameFinder.Found> found = new ArrayList<>();
            for (Map.Entry<String, NameFinder.Kind> e : names.entrySet()) {
                int length = e.getKey().split(" ").length;
                for (int k = 0; k + length <= s.size(); k++) {
                    if (textOf(s, k, k + length).equals(e.getKey())) {
                        found.add(new NameFinder.Found(k, k + length, e.getValue(), probability));
                    }
                }
            }
            return found;
        };
    }

    private static String textOf(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(s.token(k).text());
        }
        return b.toString();
    }

    private static Map<String, String> mentions(NameFinder finder, String text) {
        return Recognitions.mentions(new Pipeline(List.of(), Optional.of(finder)), text);
    }

    private static final NameFinder.Kind CHEMICAL = NameFinder.Kind.CHEMICAL;
    private static final NameFinder.Kind GENE = NameFinder.Kind.GENE;

    @Test
    void test_model_names_fill_a_word_nothing_else_reads() {
        String text = "Rats received kurarinone for a week, and NRX7 activity fell.";
        Map<String, String> without = Recognitions.mentions(text);
        assertFalse(without.containsKey("kurarinone"), without.toString());
        Map<String, String> with = mentions(finding(Map.of("kurarinone", CHEMICAL, "NRX7", GENE), 0.9), text);
        assertEquals("Drug", with.get("kurarinone"), with.toString());
        assertEquals("Protein", with.get("NRX7"), with.toString());
    }

    @Test
    void test_model_names_never_replace_a_reading() {
        Map<String, String> m = mentions(finding(Map.of("CXCR4", CHEMICAL, "plerixafor", GENE), 0.99),
                "Plerixafor blocks CXCR4 on stem cells, and plerixafor frees them.");
        assertEquals("Receptor", m.get("CXCR4"), m.toString());
        assertEquals("Drug", m.get("plerixafor"), m.toString());
    }

    @Test
    void test_model_names_drop_a_guess_below_an_even_chance() {
        Map<String, String> m = mentions(finding(Map.of("kurarinone", CHEMICAL), 0.4),
                "Rats received kurarinone for a week.");
        assertNull(m.get("kurarinone"), m.toString());
    }

    @Test
    void test_model_names_drop_words_that_are_no_names_where_news_is_read() {
        Map<String, NameFinder.Kind> guesses = Map.of("Berlin", CHEMICAL, "chemokine", GENE, "MODERATOR", GENE,
                "done", CHEMICAL, "machine", CHEMICAL, "myristoyl", CHEMICAL, "ACE", GENE, "NOX", GENE,
                "phosphatase", GENE);
        String text = "MODERATOR: The work was done in Berlin, where tumours make the chemokine CXCL12. Cells were collected "
                + "with a machine. It binds the myristoyl pocket of the kinase. The ACE trial tested NOX-A12 and an inhibitor of "
                + "the phosphatase SHP2.";
        Map<String, String> m = mentions(finding(guesses, 0.95), text);
        for (String word : guesses.keySet()) {
            assertFalse(m.containsKey(word) && !word.equals("ACE"), word + " read as a name: " + m);
        }
        assertFalse("Protein".equals(m.get("ACE")), "a trial's name read as a gene: " + m);
    }

    @Test
    void test_model_names_take_the_type_a_receptor_word_gives() {
        Map<String, String> m = mentions(finding(Map.of("glumin receptor", GENE), 0.9),
                "In the gut, the glumin receptor sits on tuft cells.");
        assertEquals("Receptor", m.get("glumin receptor"), m.toString());
    }

    @Test
    void test_a_short_form_the_text_defines_for_a_model_name_names_it_everywhere() {
        // the aliases are read again once the model's names are in: "kushenol F (KSF)" makes the later "KSF" the drug
        String text = "Kidney cells were exposed to kushenol F (KSF) for a day. In these cells, KSF lowered SGLT1 activity.";
        RecognizedDocument doc = Recognitions.recognize(new Pipeline(List.of(),
                Optional.of(finding(Map.of("kushenol F", CHEMICAL), 0.9))), text);
        Mention later = doc.mentions().get(1).stream().filter(x -> x.text().equals("KSF")).findFirst().orElseThrow(
                () -> new AssertionError("the later KSF is not read: " + doc.mentions()));
        Mention first = doc.mentions().get(0).stream().filter(x -> x.text().equals("kushenol F")).findFirst().orElseThrow();
        assertEquals(EntityType.DRUG, later.type());
        assertEquals(doc.entities().of(first), doc.entities().of(later));
    }

    @Test
    void test_a_short_form_the_text_defines_for_a_disease_is_not_a_model_name() {
        Map<String, String> m = mentions(finding(Map.of("HIT", GENE), 0.95),
                "Some patients develop heparin-induced thrombocytopenia (HIT). In HIT, platelets are activated.");
        assertFalse("Protein".equals(m.get("HIT")), m.toString());
    }

    @Test
    void test_a_model_chemical_takes_the_series_letter_the_finder_left_out() {
        Map<String, String> m = mentions(finding(Map.of("kushenol", CHEMICAL), 0.9),
                "Rats received kushenol F for a week, and the lesions shrank.");
        assertEquals("Drug", m.get("kushenol F"), m.toString());
    }

    @Test
    void test_a_cell_line_is_no_model_name() {
        Map<String, String> m = mentions(finding(Map.of("MCF-7", GENE), 0.95),
                "The compound inhibited the growth of MCF-7 cells in culture.");
        assertFalse("Protein".equals(m.get("MCF-7")), m.toString());
    }
}
