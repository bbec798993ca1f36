package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.litkg.web.Descriptions;

/**
 * The part of the graph around one node that its page draws: the node, the nodes one relation
 * away, and those two relations away, so a chain such as tumour -> chemokine -> receptor <- drug
 * shows whole from any of its links. Bounded, so a hub (T cells) stays legible.
 */
record Neighbourhood(Node centre, Map<Node, Integer> rings, List<Triple> edges) {

    static final int MAX_FIRST_RING = 12;
    static final int MAX_NODES = 24;

    static Neighbourhood around(GraphView v, Node centre) {
        Map<Node, Integer> rings = new LinkedHashMap<>();
        rings.put(centre, 0);
        for (int ring = 1; ring <= 2; ring++) {
            List<Node> frontier = new ArrayList<>();
            for (Map.Entry<Node, Integer> e : rings.entrySet()) {
                if (e.getValue() == ring - 1) {
                    frontier.add(e.getKey());
                }
            }
            int cap = ring == 1 ? 1 + MAX_FIRST_RING : MAX_NODES;
            for (Node n : frontier) {
                for (Node next : neighbours(v, n)) {
                    if (rings.size() >= cap) {
                        break;
                    }
                    rings.putIfAbsent(next, ring);
                }
            }
        }
        List<Triple> edges = new ArrayList<>();
        for (Node n : rings.keySet()) {
            v.union.find(n, Node.ANY, Node.ANY).forEach(t -> {
                if (Descriptions.isRelation(t) && rings.containsKey(t.getObject())) {
                    edges.add(t);
                }
            });
        }
        return new Neighbourhood(centre, rings, edges);
    }

    private static Set<Node> neighbours(GraphView v, Node n) {
        Set<Node> out = new LinkedHashSet<>();
        for (Triple t : v.relationsOf(n)) {
            out.add(t.getSubject().equals(n) ? t.getObject() : t.getSubject());
        }
        return out;
    }
}
