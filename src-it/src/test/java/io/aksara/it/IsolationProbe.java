package io.aksara.it;

import io.aksara.DatabaseConfig;
import io.aksara.it.models.Inventory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Shows which isolation level an application's transaction runs Aksara's reads at: a stock read
 * twice, with a change committed in between by a connection outside the application's pool.
 */
final class IsolationProbe {
    private IsolationProbe() {}

    /** The stock of {@code sku} read through Aksara before and after {@code between} runs. */
    static List<Integer> readStockTwice(String sku, Runnable between) {
        int first = Inventory.objects.get("sku", sku).stock;
        between.run();
        int second = Inventory.objects.get("sku", sku).stock;
        return List.of(first, second);
    }

    /** Sets a stock and commits, on a connection of its own. */
    static void setStock(DatabaseConfig database, String sku, int stock) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement ps = c.prepareStatement("update inventories set stock = ? where sku = ?")) {
            ps.setInt(1, stock);
            ps.setString(2, sku);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
