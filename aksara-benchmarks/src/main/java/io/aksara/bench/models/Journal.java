package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;

@Meta(table = "journal")
public class Journal extends JournalFields {
    public static final Manager<Journal> objects = Manager.of(Journal.class);
}
