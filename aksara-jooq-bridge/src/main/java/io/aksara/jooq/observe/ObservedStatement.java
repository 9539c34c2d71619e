package io.aksara.jooq.observe;

import java.util.List;

/**
 * One statement Aksara is about to run, as a {@link StatementObserver} sees it. Everything here
 * but {@link #parameters()} comes from model metadata and rendered SQL (with {@code ?} for every
 * value), so it is safe for metric tags and trace attributes; the parameters are the bound values
 * and belong in neither.
 *
 * @param database   the database alias ({@code default}, {@code reports})
 * @param model      the model whose table the statement is about ({@code Product}), or the table
 *                   name when no model has it, or {@code none}
 * @param operation  {@code select}, {@code insert}, {@code update}, {@code delete} or {@code explain}
 * @param sql        the SQL with {@code ?} placeholders
 * @param parameters the bound values, in order (empty for a batch, whose values are per row)
 */
public record ObservedStatement(String database, String model, String operation, String sql, List<Object> parameters) {}
