package org.wanqi.enterprise.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.wanqi.enterprise.Contact;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.organization.Unit;

/** An enterprise's record as read, not edited: its facts and its contacts (the 360° page, the enterprise's own profile). */
public class EnterpriseFacts extends Div {

    public EnterpriseFacts(EnterpriseDetails enterprise, List<Unit> units) {
        EnterpriseLabels labels = new EnterpriseLabels(this, units);
        add(facts(enterprise, labels), new H3(getTranslation("enterprise.contacts")), contacts(enterprise.contacts()));
    }

    private Div facts(EnterpriseDetails e, EnterpriseLabels labels) {
        Div facts = new Div();
        facts.setId("enterprise-facts");
        facts.addClassName("wanqi-facts");
        fact(facts, "uscc", e.uscc());
        fact(facts, "regionCode", labels.region(e.regionCode()));
        fact(facts, "industryName", e.industryCode() == null ? e.industryName() : e.industryCode() + " " + e.industryName());
        fact(facts, "pollutionCategories", labels.categories(e.pollutionCategories()));
        fact(facts, "supervisionTier", labels.label(e.supervisionTier(), "tier."));
        fact(facts, "dischargePermitNumber", e.dischargePermitNumber());
        fact(facts, "legalRepresentative", e.legalRepresentative());
        fact(facts, "address", e.address());
        if (e.latitude() != null && e.longitude() != null) {
            facts.add(new Div(new Span(getTranslation("enterprise.location")), new Span(e.latitude() + ", " + e.longitude())));
        }
        return facts;
    }

    private void fact(Div facts, String field, String value) {
        Span label = new Span(getTranslation("enterprise.field." + field));
        label.addClassName("wanqi-fact-label");
        Span text = new Span(value == null || value.isBlank() ? getTranslation("common.none") : value);
        text.addClassName("fact-" + field);
        facts.add(new Div(label, text));
    }

    private Grid<Contact> contacts(List<Contact> contacts) {
        Grid<Contact> grid = new Grid<>();
        grid.setId("enterprise-contacts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(Contact::name).setHeader(getTranslation("enterprise.field.contactName"));
        grid.addColumn(Contact::role).setHeader(getTranslation("enterprise.field.contactRole"));
        grid.addColumn(Contact::phone).setHeader(getTranslation("enterprise.field.contactPhone"));
        grid.setItems(contacts);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
