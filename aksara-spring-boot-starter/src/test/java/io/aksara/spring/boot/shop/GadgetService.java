package io.aksara.spring.boot.shop;

import io.aksara.Transaction;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One @Transactional method that writes through Aksara and through JdbcTemplate. */
@Service
public class GadgetService {
    private final JdbcTemplate jdbc;
    private final List<String> committed;

    public GadgetService(JdbcTemplate jdbc, List<String> committed) {
        this.jdbc = jdbc;
        this.committed = committed;
    }

    @Transactional
    public void add(String name, boolean failAtTheEnd) {
        Gadget.objects.create("name", name, "stock", 1);
        jdbc.update("insert into gadgets (name, stock) values (?, ?)", name + "-spare", 0);
        Transaction.onCommit(() -> committed.add(name));
        if (failAtTheEnd) {
            throw new IllegalStateException("out of stock");
        }
    }

    @Transactional(readOnly = true)
    public List<String> names() {
        return Gadget.objects.orderBy("name").valuesList("name", String.class).fetch();
    }
}
