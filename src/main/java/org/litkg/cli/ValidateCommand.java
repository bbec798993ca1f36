package org.litkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code litkg validate FILE}: check a built graph against the SHACL shapes in ontology/. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a built graph (.trig or .nq) against litkg's SHACL shapes; exit 0 when it conforms.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A graph written by 'litkg build'.")
    Path file;

    @Override
    public Integer call() {
        DatasetGraph dsg;
        try {
            dsg = RDFDataMgr.loadDatasetGraph(file.toString());
        } catch (RiotException e) {
            throw new IllegalArgumentException("cannot read " + file + " as RDF: " + e.getMessage());
        }
        ValidationReport report = ShapesValidator.validate(dsg);
        if (report.conforms()) {
            System.out.println(file + " conforms to the litkg shapes");
            return 0;
        }
        ShLib.printReport(System.out, report);
        Progress.say(file + " does not conform: " + report.getEntries().size() + " violation(s)");
        return 1;
    }
}
