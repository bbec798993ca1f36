package org.litkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as other tools call it: exit codes, messages on stderr, files written whole or not at all. */
class CliTest {

    @TempDir
    Path dir;

    private String stderr;

    private int run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            return Main.run(args);
        } finally {
            System.setErr(original);
            stderr = err.toString();
        }
    }

    @Test
    void test_cli_build_writes_trig_and_nquads_that_validate() {
        Path trig = dir.resolve("kg.trig");
        Path nq = dir.resolve("kg.nq");
        assertEquals(0, run("build", "data/corpus", "--out", trig.toString()));
        assertEquals(0, run("build", "data/corpus", "--out", nq.toString()));
        DatasetGraph a = RDFDataMgr.loadDatasetGraph(trig.toString());
        DatasetGraph b = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertEquals(a.stream().count(), b.stream().count());
        assertEquals(0, run("validate", trig.toString()));
    }

    @Test
    void test_cli_build_names_bad_files_processes_the_rest_and_exits_nonzero() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "In a new study, plerixafor blocks CXCR4 on the surface of T cells.\n");
        Files.write(dir.resolve("bad.txt"), "\u30d9\u30ed\u30c4\u30ba\u30de\u30d6"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"))); // Japanese in Shift-JIS: neither UTF-8 nor Western
        Path out = dir.resolve("out.trig");
        assertEquals(1, run("build", dir.toString(), dir.resolve("nowhere.txt").toString(), "--out", out.toString()));
        assertTrue(stderr.contains("bad.txt") && stderr.contains("UTF-8"), stderr);
        assertTrue(stderr.contains("nowhere.txt") && stderr.contains("no such file"), stderr);
        assertFalse(stderr.contains("\tat "), "a stack trace is not a message: " + stderr);
        assertTrue(Files.readString(out).contains("plerixafor"));
    }

    @Test
    void test_cli_build_writes_kgx_tsv_and_asks_for_an_output_when_given_none() throws Exception {
        Path kgx = dir.resolve("kgx");
        assertEquals(0, run("build", "data/corpus", "--kgx", kgx.toString()));
        assertTrue(Files.readString(kgx.resolve("nodes.tsv")).startsWith("id\tcategory\tname\t"));
        assertTrue(Files.readAllLines(kgx.resolve("edges.tsv")).size() > 10);
        assertTrue(stderr.contains("KGX TSV"), stderr);
        assertEquals(2, run("build", "data/corpus"));
        assertTrue(stderr.contains("--out FILE, --kgx DIR"), stderr);
    }

    @Test
    void test_cli_build_refuses_an_unknown_format_and_writes_nothing() {
        Path out = dir.resolve("kg.xyz");
        assertEquals(1, run("build", "data/corpus", "--out", out.toString()));
        assertTrue(stderr.contains(".trig") && stderr.contains(".nq"), stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void test_cli_validate_reports_a_graph_that_breaks_the_shapes() throws Exception {
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, """
                PREFIX lkg: <https://w3id.org/litkg/ontology#>
                GRAPH <urn:g> { <urn:drug> a lkg:Drug ; lkg:blocks <urn:receptor> . }
                """);
        assertEquals(1, run("validate", bad.toString()));
        assertTrue(stderr.contains("does not conform"), stderr);
    }

    @Test
    void test_cli_every_subcommand_has_help() {
        for (String cmd : new String[] {"build", "serve", "query", "validate"}) {
            assertEquals(0, run(cmd, "--help"), cmd);
        }
    }

    @Test
    void test_cli_serve_on_a_port_in_use_says_so_before_building_anything() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Path store = dir.resolve("store");
            assertEquals(1, run("serve", "--data", "data/corpus", "--store", store.toString(),
                    "--port", String.valueOf(taken.getLocalPort())));
            String inUse = "port " + taken.getLocalPort() + " is already in use";
            assertTrue(stderr.contains(inUse) && stderr.contains("--port"), stderr);
            assertFalse(stderr.contains("\tat "), "a stack trace is not a message: " + stderr);
            assertFalse(Files.exists(store), "nothing is built for a server that cannot start");
        }
    }

    @Test
    void test_eval_names_the_gold_documents_it_did_not_read() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("story.txt"), "Velorixafor blocks CXCR4 on T cells, the researchers said today.\n");
        Files.writeString(docs.resolve("talk.mp4"), "not a document litkg reads");
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "story.txt\tvelorixafor\tblocks\tCXCR4\ntalk.mp4\tvelorixafor\tbinds\tCXCR4\n"
                + "talk.mp4\tCXCL12\tbinds\tCXCR4\n");
        String out = evalOutput(gold, docs);
        assertTrue(out.contains("not read: talk (2 gold facts, not scored above)"), out);
        assertFalse(out.contains("not read: story"), out);
    }

    @Test
    void test_eval_does_not_read_its_gold_file_among_the_documents_beside_it() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("set"));
        Files.writeString(docs.resolve("story.txt"), "Velorixafor blocks CXCR4 on T cells, the researchers said today.\n");
        Path gold = docs.resolve("set-gold.tsv");
        Files.writeString(gold, "# a gold file\nstory.txt\tvelorixafor\tblocks\tCXCR4\n");
        String out = evalOutput(gold, docs);
        assertTrue(out.contains("on 1 documents"), out);
        assertFalse(stderr.contains("error"), "the gold file is no document: " + stderr);
    }

    /** What {@code eval} prints on stdout for the gold file and documents, having checked that it exits 0. */
    private String evalOutput(Path gold, Path docs) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            assertEquals(0, run("eval", "--gold", gold.toString(), docs.toString()));
        } finally {
            System.setOut(original);
        }
        return out.toString();
    }
}
