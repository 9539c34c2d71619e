package io.aksara.it.models.tenancy;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import io.aksara.tenancy.TenantScoped;

/** A tenant's invoice, pointing to a client of the same tenant. */
@TenantScoped("tenant")
@Meta(table = "tn_invoices")
public class Invoice extends Model {
    public static final Manager<Invoice> objects = Manager.of(Invoice.class);

    @StringField(maxLength = 40)
    public String tenant;

    @IntegerField
    public int number;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "invoices")
    public Ref<Client> client;
}
