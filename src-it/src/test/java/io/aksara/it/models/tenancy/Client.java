package io.aksara.it.models.tenancy;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;
import io.aksara.tenancy.TenantScoped;

/** A tenant's customer: rows of every tenant share one table, told apart by {@code tenant}. */
@TenantScoped("tenant")
@Meta(table = "tn_clients", uniqueTogether = @Meta.Unique({"tenant", "name"}))
public class Client extends Model {
    public static final Manager<Client> objects = Manager.of(Client.class);

    @StringField(maxLength = 40)
    public String tenant;

    @StringField(maxLength = 60)
    public String name;

    public Related<Invoice> invoices() {
        return related(Invoice.class, "client");
    }
}
