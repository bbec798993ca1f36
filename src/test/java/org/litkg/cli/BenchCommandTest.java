package org.litkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.ExampleGraph;

/**
 * The benchmarks run end to end on the example corpus and print every figure they promise. Only
 * that the figures are there and sane is checked, never how large: speed is for the benchmark
 * output, not for assertions on a shared machine.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    private static String stdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(original);
        }
        return out.toString();
    }

    @Test
    void test_bench_extract_prints_throughput_for_bare_analysis_and_full_pipeline() {
        String out = stdout("bench", "extract", "data/corpus", "--warm-up", "1");
        assertTrue(out.contains("3 documents"), out);
        for (String row : new String[] {"bare OpenNLP (sentences, tokens, POS), words/s", "full pipeline, words/s",
                "full pipeline, documents/s", "full pipeline, triples/s"}) {
            Matcher m = Pattern.compile(Pattern.quote(row) + "\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d.]+)x").matcher(out);
            assertTrue(m.find(), row + " missing in\n" + out);
            assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 0, row);
        }
        assertTrue(out.matches("(?s).*full / bare throughput: \\d\\.\\d\\d with 1 thread.*"), out);
        assertTrue(out.matches("(?s).*peak heap during the \\d+-thread run: [\\d,]+ MB.*"), out);
    }

    @Test
    void test_bench_load_compares_litkg_with_jenas_bulk_loader_on_the_same_quads() {
        String out = stdout("bench", "load", "data/corpus", "--work", dir.toString());
        Matcher litkg = Pattern.compile("litkg \\(from memory.*?\\)\\s+([\\d,]+)").matcher(out);
        Matcher jena = Pattern.compile("Jena tdb2 parallel bulk loader.*?\\)\\s+([\\d,]+)").matcher(out);
        assertTrue(litkg.find() && jena.find(), out);
        assertTrue(out.contains("litkg / Jena: "), out);
    }

    @Test
    void test_bench_serve_runs_the_canned_mix_against_both_servers_without_errors() throws Exception {
        Path store = ExampleGraph.store();
        String out = stdout("bench", "serve", "--store", store.toString(), "--seconds", "1", "--concurrency", "2");
        Matcher rows = Pattern.compile("(plain Fuseki|litkg|litkg memory)\\s+2\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+(\\d+)").matcher(out);
        int servers = 0;
        while (rows.find()) {
            servers++;
            assertTrue(Double.parseDouble(rows.group(2)) > 0, out);
            assertEquals("0", rows.group(5), "errors: " + out);
        }
        assertEquals(3, servers, out);
        assertTrue(out.contains("litkg/plain"), out);
    }
}
