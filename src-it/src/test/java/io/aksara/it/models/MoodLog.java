package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.EnumField;
import io.aksara.fields.StringField;

/**
 * A legacy table whose mood column is of the PostgreSQL enum type {@code mood}; on the other
 * databases the same column is a varchar and {@code dbType} means nothing.
 */
@Meta(table = "mood_logs", managed = false)
public class MoodLog extends Model {
    public static final Manager<MoodLog> objects = Manager.of(MoodLog.class);

    /** The labels of the database type, one for one. */
    public enum Mood { SAD, OK, HAPPY }

    @StringField(maxLength = 20) public String title;
    @EnumField(dbType = "mood") public Mood mood = Mood.OK;
    @EnumField(dbType = "mood", nullable = true) public Mood earlier;
}
