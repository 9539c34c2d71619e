package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;

/** W6's target table: journal's columns, empty at the start of every iteration. */
@Meta(table = "journal_bulk")
public class JournalBulk extends JournalFields {
    public static final Manager<JournalBulk> objects = Manager.of(JournalBulk.class);
}
