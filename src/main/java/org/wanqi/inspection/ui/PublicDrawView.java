package org.wanqi.inspection.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.ui.NotFoundText;
import org.wanqi.inspection.DrawDetails;
import org.wanqi.inspection.PublicInspections;
import org.wanqi.organization.UnitService;

/**
 * A draw in public: the commitment published before the draw, the inputs it binds, then the seed and
 * the result; anyone can have it checked here, or check it themselves (docs/random-inspection.md).
 */
@Route(value = "public/draws", autoLayout = false)
@AnonymousAllowed
class PublicDrawView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient PublicInspections inspections;
    private final transient UnitService units;

    PublicDrawView(PublicInspections inspections, UnitService units) {
        this.inspections = inspections;
        this.units = units;
        addClassName("wanqi-page");
        setMaxWidth("1100px");
    }

    /** How a draw's level reads: 市级, or 县级 and the county's name. */
    static String level(DrawDetails draw, UnitService units, Component where, Locale locale) {
        return where.getTranslation(locale, "draw.level." + draw.level().name())
                + (draw.unitId() == null ? "" : " " + units.regionName(draw.unitId(), locale));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        DrawDetails draw;
        try {
            draw = inspections.draw(id);
        } catch (NotFoundException e) {
            add(new NotFoundText());
            return;
        }
        Paragraph commitment = new Paragraph(getTranslation("draw.commitment") + "：" + draw.commitment());
        commitment.setId("public-draw-commitment");
        commitment.addClassName("wanqi-hash");
        add(new H1(draw.quarter() + " " + level(draw, units, this, getLocale())),
                commitment, text("public-draw-inputs", "draw.inputs", draw.inputs()));
        if (!draw.drawn()) {
            Paragraph pending = new Paragraph(getTranslation("draw.not-drawn"));
            pending.setId("public-draw-pending");
            add(pending);
        } else {
            Paragraph seed = new Paragraph(getTranslation("draw.seed") + "：" + draw.seed());
            seed.setId("public-draw-seed");
            seed.addClassName("wanqi-hash");
            Span verdict = new Span();
            verdict.setId("public-draw-verdict");
            Button verify = new Button(getTranslation("draw.verify"), click -> {
                boolean matches = inspections.verify(draw.id()).matches();
                verdict.setText(getTranslation(matches ? "draw.verified" : "draw.not-verified"));
                verdict.getElement().getThemeList().add(matches ? "badge success" : "badge error");
            });
            verify.setId("public-draw-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(seed, text("public-draw-result", "draw.result", draw.result()), verify, verdict);
        }
        add(new Anchor("public/inspections", getTranslation("public.title")));
    }

    private static TextArea text(String id, String labelKey, String value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setLabel(area.getTranslation(labelKey));
        area.setValue(value);
        area.setReadOnly(true);
        area.setWidthFull();
        area.setMaxHeight("240px");
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
