package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.EmailField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/** A club member, with a custom manager ({@link #active}) next to the default one. */
@Meta(table = "it_members", ordering = "name")
public class Member extends Model {
    public static final Manager<Member> objects = Manager.of(Member.class);

    /** Only the active members: every method of this manager is narrowed by its {@code all()}. */
    public static final ActiveMemberManager active = new ActiveMemberManager();

    @EmailField(unique = true)
    public String email;

    @StringField(maxLength = 60)
    public String name;

    @BooleanField
    public boolean isActive = true;

    @IntegerField
    public int age;

    @DateTimeField(autoNowAdd = true)
    public OffsetDateTime joinedAt;

    @DateTimeField(autoNow = true)
    public OffsetDateTime updatedAt;
}
