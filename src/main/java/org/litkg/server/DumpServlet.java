package org.litkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.rdf.JsonLdExport;

/**
 * Whole-graph downloads under {@code /dumps/}: {@code litkg.trig}, {@code litkg.nq.gz} and
 * {@code litkg.jsonld}, each written from one read transaction, so a dump is one consistent snapshot.
 */
final class DumpServlet extends HttpServlet {

    static final String PATH = "/dumps";

    private enum Dump {
        TRIG("/litkg.trig", "application/trig"),
        NQUADS_GZ("/litkg.nq.gz", "application/gzip"),
        JSONLD("/litkg.jsonld", "application/ld+json");

        final String name;
        final String mediaType;

        Dump(String name, String mediaType) {
            this.name = name;
            this.mediaType = mediaType;
        }
    }

    private final DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dump dump = null;
        for (Dump d : Dump.values()) {
            if (d.name.equals(req.getPathInfo())) {
                dump = d;
            }
        }
        if (dump == null) {
            resp.sendError(404, "no such dump: the dumps are litkg.trig, litkg.nq.gz and litkg.jsonld");
            return;
        }
        resp.setContentType(dump.mediaType);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.name.substring(1) + "\"");
        Dump chosen = dump;
        OutputStream out = resp.getOutputStream();
        Txn.executeRead(dsg, () -> write(chosen, out));
    }

    private void write(Dump dump, OutputStream out) {
        try {
            switch (dump) {
                case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
                case JSONLD -> JsonLdExport.write(dsg, out);
                case NQUADS_GZ -> {
                    GZIPOutputStream gz = new GZIPOutputStream(out);
                    RDFDataMgr.write(gz, dsg, RDFFormat.NQUADS);
                    gz.finish();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
