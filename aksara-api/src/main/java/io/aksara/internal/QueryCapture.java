package io.aksara.internal;

import java.util.List;

/**
 * The statements list of {@link io.aksara.QueryLog#capture}: bound in a {@link ScopedValue} for
 * the block, appended to by the backend as each statement runs.
 */
public final class QueryCapture {
    public static final ScopedValue<List<String>> SCOPE = ScopedValue.newInstance();

    private QueryCapture() {}

    public static boolean active() {
        return SCOPE.isBound();
    }

    /** Records a statement that ran, when a capture is active on this thread. */
    public static void record(String sql) {
        if (SCOPE.isBound()) {
            SCOPE.get().add(sql);
        }
    }
}
