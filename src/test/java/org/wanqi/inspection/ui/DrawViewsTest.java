package org.wanqi.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.inspection.DrawDetails;
import org.wanqi.inspection.DrawInputs;
import org.wanqi.inspection.RandomInspections;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;

/** Draws are shown with the county's name, to supervisors and on the public page, never by its code. */
class DrawViewsTest extends WanqiBrowserlessTest {

    @Autowired
    UnitService units;
    @Autowired
    RandomInspections inspections;

    @Test
    void aCountysDrawIsNamedByItsCounty() {
        units.run(null);
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        DrawDetails committed = inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", false));

        UI.getCurrent().navigate("inspections");
        @SuppressWarnings("unchecked")
        Grid<DrawDetails> draws = $(Grid.class).id("draws-grid");
        assertThat(test(draws).getCellText(0, 1)).isEqualTo("县级 沧县");

        users.signOut();
        UI.getCurrent().navigate("public/draws/" + committed.id());
        assertThat($(H1.class).first().getText()).isEqualTo("2026-Q4 县级 沧县");
    }
}
