package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Draws a {@link Neighbourhood} as inline SVG, on the server: no script and no library, so the
 * picture shows in any browser and in the page's HTML itself. The node sits in the middle, the
 * nodes one relation away on an inner ring, those two away on an outer ring in the order of their
 * inner neighbours; every edge is an arrow labelled with its relation, every node a link.
 */
final class NeighbourhoodPicture {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 600;
    private static final double[] RADIUS_X = {0, 200, 380};
    private static final double[] RADIUS_Y = {0, 150, 265};
    private static final int NODE_RADIUS = 9;

    private NeighbourhoodPicture() {
    }

    static String svg(GraphView v, Neighbourhood hood) {
        Map<Node, double[]> at = layout(hood);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"neighbourhood\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc("The graph around " + v.label(hood.centre())))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        for (Triple t : hood.edges()) {
            edge(svg, v, t, hood.centre(), at.get(t.getSubject()), at.get(t.getObject()));
        }
        for (Map.Entry<Node, double[]> e : at.entrySet()) {
            node(svg, v, e.getKey(), e.getValue(), e.getKey().equals(hood.centre()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Starts from rings (inner ring turned off the vertical, so two neighbours never line up with
     * the centre), then relaxes with Fruchterman-Reingold forces for a fixed number of steps and scales the result into the picture. No randomness: the same graph always
     * gives the same picture.
     */
    private static Map<Node, double[]> layout(Neighbourhood hood) {
        List<Node> nodes = new ArrayList<>(hood.rings().keySet());
        int n = nodes.size();
        double[][] p = new double[n][];
        Map<Integer, Integer> seenInRing = new HashMap<>();
        Map<Integer, Long> ringSize = new HashMap<>();
        hood.rings().values().forEach(r -> ringSize.merge(r, 1L, Long::sum));
        for (int i = 0; i < n; i++) {
            int r = hood.rings().get(nodes.get(i));
            int k = seenInRing.merge(r, 1, Integer::sum) - 1;
            double angle = (r == 2 ? 0.5 : 0.35) + 2 * Math.PI * k / ringSize.get(r);
            p[i] = new double[] {RADIUS_X[r] * Math.cos(angle), RADIUS_Y[r] * Math.sin(angle)};
        }
        Map<Node, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        double ideal = 170;
        double temperature = 60;
        for (int step = 0; step < 300; step++) {
            double[][] move = new double[n][2];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    double dx = p[a][0] - p[b][0];
                    double dy = p[a][1] - p[b][1];
                    double d = Math.max(1, Math.hypot(dx, dy));
                    double force = ideal * ideal / d;
                    move[a][0] += dx / d * force;
                    move[a][1] += dy / d * force;
                    move[b][0] -= dx / d * force;
                    move[b][1] -= dy / d * force;
                }
            }
            for (Triple t : hood.edges()) {
                int a = index.get(t.getSubject());
                int b = index.get(t.getObject());
                double dx = p[a][0] - p[b][0];
                double dy = p[a][1] - p[b][1];
                double d = Math.max(1, Math.hypot(dx, dy));
                double force = d * d / ideal;
                move[a][0] -= dx / d * force;
                move[a][1] -= dy / d * force;
                move[b][0] += dx / d * force;
                move[b][1] += dy / d * force;
            }
            for (int i = 0; i < n; i++) {
                double length = Math.max(1e-9, Math.hypot(move[i][0], move[i][1]));
                double limited = Math.min(length, temperature);
                p[i][0] += move[i][0] / length * limited;
                p[i][1] += move[i][1] / length * limited;
            }
            temperature = Math.max(1, temperature * 0.985);
        }
        return fitted(nodes, p);
    }

    /** Scales and centres the layout's bounding box in the picture, keeping its proportions. */
    private static Map<Node, double[]> fitted(List<Node> nodes, double[][] p) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] xy : p) {
            minX = Math.min(minX, xy[0]);
            maxX = Math.max(maxX, xy[0]);
            minY = Math.min(minY, xy[1]);
            maxY = Math.max(maxY, xy[1]);
        }
        double scale = Math.min((WIDTH - 180) / Math.max(1, maxX - minX), (HEIGHT - 80) / Math.max(1, maxY - minY));
        scale = Math.min(scale, 1.6);
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        Map<Node, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i), new double[] {WIDTH / 2.0 + (p[i][0] - midX) * scale, HEIGHT / 2.0 - 10 + (p[i][1] - midY) * scale});
        }
        return at;
    }

    private static int radius(Node n, Node centre) {
        return n.equals(centre) ? NODE_RADIUS + 4 : NODE_RADIUS;
    }

    private static void edge(StringBuilder svg, GraphView v, Triple t, Node centre, double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double fromGap = (radius(t.getSubject(), centre) + 3) / length;
        double toGap = (radius(t.getObject(), centre) + 3) / length;
        double x1 = from[0] + dx * fromGap;
        double y1 = from[1] + dy * fromGap;
        double x2 = to[0] - dx * toGap;
        double y2 = to[1] - dy * toGap;
        svg.append("<g class=\"edge\"><line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1))
                .append("\" x2=\"").append(f(x2)).append("\" y2=\"").append(f(y2)).append("\" marker-end=\"url(#arrow)\"/>")
                .append("<text x=\"").append(f((x1 + x2) / 2)).append("\" y=\"").append(f((y1 + y2) / 2 - 4))
                .append("\" text-anchor=\"middle\">").append(Html.esc(v.termLabel(t.getPredicate()))).append("</text></g>");
    }

    private static void node(StringBuilder svg, GraphView v, Node n, double[] p, boolean centre) {
        String label = v.label(n);
        if (label.length() > 28) {
            label = label.substring(0, 27) + "…";
        }
        svg.append("<a href=\"").append(Html.esc(org.litkg.web.Site.href(n.getURI()))).append("\">")
                .append("<g class=\"node kind-").append(v.kind(n)).append(centre ? " centre" : "").append("\">")
                .append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1]))
                .append("\" r=\"").append(centre ? NODE_RADIUS + 4 : NODE_RADIUS).append("\"/>")
                .append("<text x=\"").append(f(p[0])).append("\" y=\"").append(f(p[1] + NODE_RADIUS + 15))
                .append("\" text-anchor=\"middle\">").append(Html.esc(label)).append("</text></g></a>");
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
