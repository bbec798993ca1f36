package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litkg.document.Document;
import org.litkg.document.PageLayout;
import org.litkg.recognition.EntityType;

/** Relation extraction on sentences written for the test: none of them is in the example corpus. */
class ExtractionTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_unknown_lower_case_name_after_the_drug_noun_is_a_drug_and_an_english_noun_is_not() {
        List<String> read = read("In the study, the drug vercirnon blocks CCR9 on T cells.");
        assertTrue(read.contains("vercirnon blocks CCR9"), read.toString());
        List<String> none = read("The drug combination blocks CCR9, and the drug research reported in Blood was small.");
        assertFalse(none.stream().anyMatch(r -> r.startsWith("combination") || r.startsWith("research")), none.toString());
    }

    @Test
    void test_extraction_reads_leaders_named_with_their_profession() {
        List<String> read = read("The work, published in Blood, was led by hematologist Anna Berg of Lund University.");
        assertTrue(read.contains("study ledBy Anna Berg"), read.toString());
        assertTrue(read.contains("Anna Berg affiliatedWith Lund University"), read.toString());
    }

    @Test
    void test_extraction_takes_the_head_before_a_modifier_and_the_antecedent_of_which() {
        List<String> read = read("Fibroblasts in the stroma release CXCL12, which traps T cells near the vessels.");
        assertTrue(read.contains("fibroblast secretes CXCL12"), read.toString());
        // the trapping is CXCL12's (the antecedent of "which"), not the fibroblasts' that release it
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
        assertTrue(read.stream().noneMatch(r -> r.startsWith("fibroblast sequesters")), read.toString());
        List<String> apposed = read("The tumor cells secrete CCL22, a chemokine that recruits regulatory T cells.");
        assertTrue(apposed.stream().noneMatch(r -> r.contains("sequesters")), "the chemokine recruits, not the tumor: " + apposed);
    }

    @Test
    void test_extraction_reads_a_combination_through_a_drug_class_and_hedges_a_gerund_subject() {
        assertTrue(read("Mice got navarixin together with the checkpoint inhibitor pembrolizumab.")
                .contains("navarixin combinedWith pembrolizumab"));
        assertTrue(read("Combining mogamulizumab with nivolumab may further improve responses.")
                .contains("mogamulizumab combinedWith nivolumab HEDGE"));
    }

    @Test
    void test_extraction_reads_plural_references_and_by_gerunds() {
        List<String> plural = read("Tumor cells produce CXCL1 and CXCL5. Both chemokines bind CXCR2 on neutrophils.");
        assertTrue(plural.containsAll(List.of("CXCL1 binds CXCR2", "CXCL5 binds CXCR2")), plural.toString());
        List<String> gerund = read("Tumor cells secrete CCL22, a chemokine that recruits regulatory T cells by binding the receptor CCR4.");
        assertTrue(gerund.contains("CCL22 binds CCR4"), gerund.toString());
    }

    @Test
    void test_extraction_reads_an_inhibitor_past_a_parenthetical_and_a_study_leader_title() {
        List<String> read = read("Reparixin, developed by the company Dompé, is an inhibitor of CXCR1 and CXCR2.");
        assertTrue(read.containsAll(List.of("reparixin blocks CXCR1", "reparixin blocks CXCR2")), read.toString());
        List<String> leader = read("The work appeared in Blood. Study leader Anna Lindqvist said more trials are needed.");
        assertTrue(leader.contains("study ledBy Anna Lindqvist"), leader.toString());
    }

    @Test
    void test_extraction_takes_no_mutation_for_a_drug() {
        List<String> read = read("Vemurafenib inhibits BRAF in melanoma. It inhibited MEK in cells carrying V600E as well.");
        assertTrue(read.stream().noneMatch(r -> r.startsWith("V600E")), read.toString());
    }

    @Test
    void test_extraction_survives_a_journal_name_opening_a_sentence() {
        // From a real PubMed abstract: the footer runs into the last sentence without a space.
        List<String> read = read("Prospective trials are warranted to confirm our findings.The Pharmacogenomics Journal "
                + "advance online publication, 9 April 2013; doi:10.1038/tpj.2013.15.");
        assertTrue(read.stream().noneMatch(r -> r.contains("publishedIn")), read.toString());
    }

    @Test
    void test_extraction_reads_active_and_passive_voice() {
        assertTrue(read("In the new trial, mavorixafor blocks CXCR4 on neutrophils from patients.").contains("mavorixafor blocks CXCR4"));
        assertTrue(read("In mouse models, CCR5 is blocked by the drug maraviroc in most of the animals.").contains("maraviroc blocks CCR5"));
    }

    @Test
    void test_extraction_keeps_negated_findings_apart() {
        List<String> found = read("In these experiments, leronlimab does not block CXCR4 on the cells studied by the team.");
        assertTrue(found.contains("leronlimab blocks CXCR4 NEG"), found.toString());
        assertFalse(found.contains("leronlimab blocks CXCR4"));
    }

    @Test
    void test_extraction_flags_hedged_findings() {
        List<String> found = read("The researchers suspect that motixafortide may block CXCR4 in pancreatic tumors of patients.");
        assertTrue(found.contains("motixafortide blocks CXCR4 HEDGE"), found.toString());
    }

    @Test
    void test_extraction_reads_nominal_and_appositive_inhibitors() {
        assertTrue(read("Patients received the CCR2 antagonist PF-04136309 together with chemotherapy in the trial.")
                .contains("PF-04136309 blocks CCR2"));
        List<String> found = read("Reparixin, an inhibitor of CXCR1 and CXCR2, was given to women with breast cancer in the study.");
        assertTrue(found.contains("reparixin blocks CXCR1") && found.contains("reparixin blocks CXCR2"), found.toString());
    }

    @Test
    void test_extraction_reads_coordinated_producers() {
        List<String> found = read("Ovarian and breast tumors produce CXCL8, which attracts neutrophils to the tumor site.");
        assertTrue(found.contains("ovarian tumor secretes CXCL8") && found.contains("breast tumor secretes CXCL8"), found.toString());
    }

    @Test
    void test_extraction_merges_declared_aliases() {
        Document doc = doc("The drug BL-8040 (motixafortide) was tested in patients. Later, motixafortide mobilized stem cells in all of the donors.");
        DocumentExtraction x = Readings.pipeline().extract(doc);
        var drug = x.recognized().entities().all().stream().filter(e -> e.type() == EntityType.DRUG).toList();
        assertEquals(1, drug.size(), drug.toString());
        assertEquals("motixafortide", drug.get(0).preferredName());
    }

    @Test
    void test_extraction_resolves_references_and_instruments() {
        List<String> found = read("Glioma cells secrete CCL2 in large amounts in the brain. This chemokine binds the CCR2 receptor on monocytes. "
                + "By using bindarit, a drug that blocks CCL2 production, the team reduced the number of monocytes.");
        assertTrue(found.contains("CCL2 binds CCR2"), found.toString());
        assertTrue(found.contains("CCR2 expressedOn monocyte"), found.toString());
        assertTrue(found.contains("glioma secretes CCL2") || found.contains("glioma cell secretes CCL2"), found.toString());
    }

    @Test
    void test_extraction_reads_studies_with_journal_and_institution() {
        List<String> found = read("A study published in Nature Medicine by researchers at Stanford University shows that the tumor traps macrophages in the stroma.");
        assertTrue(found.contains("study publishedIn Nature Medicine"), found.toString());
        assertTrue(found.contains("study conductedBy Stanford University"), found.toString());
    }

    @Test
    void test_extraction_reads_agency_approval_and_its_negation() {
        assertTrue(read("The FDA-approved drug maraviroc is used to treat HIV infection in adults.").contains("maraviroc approvedBy U.S. Food and Drug Administration"));
        List<String> found = read("Balixafortide has not been approved by the European Medicines Agency for any use in cancer patients.");
        assertTrue(found.contains("balixafortide approvedBy European Medicines Agency NEG"), found.toString());
    }

    private static Document doc(String text) {
        return new Document("test", "test", text, "test", Optional.empty(), "0", PageLayout.proseBlocks(text));
    }

    @Test
    void test_extraction_reads_relative_clauses_and_appositions() {
        List<String> found = read("Ulixertinib, a compound that inhibits ERK2, was tested in mice. "
                + "Medulloblastoma, the most common brain cancer in children, secretes CCL20 into the fluid around it.");
        assertTrue(found.contains("ulixertinib blocks ERK2"), found.toString());
        assertTrue(found.contains("medulloblastoma secretes CCL20"), found.toString());
    }

    @Test
    void test_extraction_reads_receptors_placed_on_cells_by_apposition() {
        List<String> found = read("The chemokine CCL19 binds to CCR7, a receptor found on dendritic cells in lymph nodes.");
        assertTrue(found.contains("CCL19 binds CCR7"), found.toString());
        assertTrue(found.contains("CCR7 expressedOn dendritic cell"), found.toString());
    }

    @Test
    void test_extraction_finds_targets_named_by_their_drug_class() {
        List<String> found = read("Patients received the BTK inhibitor ibrutinib for two years before the scan.");
        assertTrue(found.contains("ibrutinib blocks BTK"), found.toString());
    }

    @Test
    void test_extraction_reads_leaders_named_with_their_institution() {
        List<String> found = read("\"The drug works,\" said Dr. Laura Bianchi of Boston University, who led the trial.");
        assertTrue(found.contains("study ledBy Laura Bianchi"), found.toString());
        assertTrue(found.contains("Laura Bianchi affiliatedWith Boston University"), found.toString());
    }

    @Test
    void test_extraction_reads_inhibitors_named_by_an_enzyme_or_receptor_class_and_nominal_inhibition() {
        List<String> read = read("The VEGFR tyrosine kinase inhibitors sunitinib and sorafenib were tested. "
                + "The effect was blocked by the glucocorticoid receptor (GR) antagonist RU486. "
                + "Inhibition of CYP3A4 by ritonavir was complete, and the imatinib-mediated inhibition of FLT3 was strong. "
                + "The inhibitory effect of lapatinib on ERBB2 was small.");
        for (String expected : List.of("sunitinib blocks VEGFR tyrosine kinase", "sorafenib blocks VEGFR tyrosine kinase",
                "RU486 blocks GR", "ritonavir blocks CYP3A4", "imatinib blocks FLT3", "lapatinib blocks ERBB2")) {
            assertTrue(read.contains(expected), expected + " in " + read);
        }
        // "glucocorticoid receptor (GR)" declares an alias: one entity, named by its abbreviation
        assertFalse(read.contains("RU486 blocks glucocorticoid receptor"), read.toString());
    }

    @Test
    void test_extraction_takes_the_receptor_when_a_drug_inhibits_a_ligand_binding_to_it() {
        List<String> read = read("Maraviroc inhibited binding of CCL4 to CCR5 in macaque cells.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("blocks CCL4")), read.toString());
    }

    @Test
    void test_a_class_named_with_an_indefinite_article_before_a_comma_names_no_drug_after_it() {
        List<String> read = read("Patients got a serotonin 5-HT3 receptor antagonist, dexamethasone and aprepitant.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("dexamethasone blocks")), read.toString());
    }

    @Test
    void test_extraction_reads_subjects_past_a_participle_clause_partners_and_receptors_expressed_on_cells() {
        List<String> read = read("An antibody called ZB-204, developed by the Oslo company Zebra Biotech, inhibits CCR9. "
                + "CCL25 binds CCR9, a receptor expressed on monocytes. Stromal cells secrete CXCL12, the ligand of CXCR4. "
                + "CXCR7 is a second receptor for CXCL12. ZB-204 is now being tested with the checkpoint inhibitor pembrolizumab.");
        for (String expected : List.of("ZB-204 blocks CCR9", "CCR9 expressedOn monocyte", "CXCL12 binds CXCR4",
                "ZB-204 combinedWith pembrolizumab")) {
            assertTrue(read.contains(expected), expected + " in " + read);
        }
        assertFalse(read.stream().anyMatch(r -> r.contains("combinedWith checkpoint inhibitor")), read.toString());
    }

    @Test
    void test_extraction_reads_a_senior_author_named_after_a_comma_as_the_study_leader() {
        List<String> read = read("The study appeared in Hepatology, said the study's senior author, Mira Holm, director of the Lund Cancer Institute.");
        assertTrue(read.contains("study ledBy Mira Holm"), read.toString());
    }
}
