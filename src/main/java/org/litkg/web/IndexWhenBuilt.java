package org.litkg.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index still being built: every call but {@link #getDocDef()} (known from the start, and
 * asked for when the text dataset is made) waits until it is complete, then goes to it.
 */
final class IndexWhenBuilt implements TextIndex {

    private final CompletableFuture<TextIndex> built;
    private final EntityDefinition definition;

    IndexWhenBuilt(CompletableFuture<TextIndex> built, EntityDefinition definition) {
        this.built = built;
        this.definition = definition;
    }

    private TextIndex index() {
        return built.join();
    }

    @Override
    public void prepareCommit() {
        index().prepareCommit();
    }

    @Override
    public void commit() {
        index().commit();
    }

    @Override
    public void rollback() {
        index().rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        index().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return index().query(uri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node property, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return index().query(property, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }

    @Override
    public void close() {
        index().close();
    }
}
