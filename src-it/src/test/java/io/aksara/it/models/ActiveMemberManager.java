package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.QuerySet;

/** A custom manager: its base QuerySet keeps only active members, and every other method goes through it. */
public class ActiveMemberManager extends Manager<Member> {
    public ActiveMemberManager() {
        super(Member.class);
    }

    @Override
    public QuerySet<Member> all() {
        return super.all().filter("isActive", true);
    }
}
