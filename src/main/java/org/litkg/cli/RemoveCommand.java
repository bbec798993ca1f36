package org.litkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.document.Slugs;
import org.litkg.ingest.StoreWriter;
import org.litkg.recognition.Lexicon;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code litkg remove ID...}: what {@code DELETE /kg/documents/{id}} does, offline. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes documents from a store by id: their evidence, the statements no other document supports,",
                "the entities no other document mentions. Stop the server first."})
final class RemoveCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Document ids, as in /id/doc/{id}.")
    List<String> ids;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        DatasetGraph dsg = KnowledgeStore.open(store);
        int missing = 0;
        try {
            StoreWriter writer = Txn.calculateRead(dsg, () -> new StoreWriter(dsg, Lexicon.load(List.of())));
            for (String id : ids) {
                StoreWriter.Outcome o = Txn.calculateWrite(dsg, () -> writer.remove(Slugs.of(id)));
                if (o.status() == StoreWriter.Status.NOT_FOUND) {
                    Progress.say("no document '" + id + "' in " + store);
                    missing++;
                } else {
                    System.out.println("removed\t" + o.id() + "\t" + o.iri());
                }
            }
        } finally {
            KnowledgeStore.close(dsg);
        }
        return missing == 0 ? 0 : 1;
    }
}
