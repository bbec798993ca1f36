package org.litkg.recognition;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over arbitrary elements; the first element added to a set stays its representative. */
public final class UnionFind<T> {

    private final Map<T, T> parent = new HashMap<>();
    private final Map<T, Integer> order = new HashMap<>();

    public void add(T x) {
        if (parent.putIfAbsent(x, x) == null) {
            order.put(x, order.size());
        }
    }

    public T find(T x) {
        add(x);
        T root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        T cur = x;
        while (!cur.equals(root)) {
            T next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    public void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (!ra.equals(rb)) {
            if (order.get(ra) <= order.get(rb)) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
