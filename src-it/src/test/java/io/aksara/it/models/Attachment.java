package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.BinaryField;
import io.aksara.fields.StringField;

/** A stored file: unbounded content, a bounded unique digest, and a nullable thumbnail with a default. */
public class Attachment extends Model {
    public static final Manager<Attachment> objects = Manager.of(Attachment.class);

    @StringField(maxLength = 40) public String name;
    @BinaryField public byte[] content;
    @BinaryField(maxLength = 16, unique = true, nullable = true) public byte[] digest;
    @BinaryField(nullable = true) public byte[] thumbnail = {(byte) 0xCA, (byte) 0xFE};
}
