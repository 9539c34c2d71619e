package io.aksara.query;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The calls of a {@link Filter.Chain} made by {@link Filter#and}: an array of the final size that
 * nothing else holds, read-only (AbstractList refuses every change), so the chain keeps it without
 * the copy {@code List.copyOf} or {@code List.of(array)} would make on every chained filter call.
 */
final class ChainCalls extends AbstractList<Filter> implements RandomAccess {
    private final Filter[] calls;

    private ChainCalls(Filter[] calls) {
        this.calls = calls;
    }

    /** These calls followed by one more, in a new array no one else sees. */
    static List<Filter> appended(List<Filter> before, Filter next) {
        int n = before.size();
        Filter[] calls = new Filter[n + 1];
        for (int i = 0; i < n; i++) { // a chain's calls are random access: List.of's or this class's
            calls[i] = before.get(i);
        }
        calls[n] = next;
        return new ChainCalls(calls);
    }

    @Override
    public Filter get(int index) {
        return calls[index];
    }

    @Override
    public int size() {
        return calls.length;
    }
}
