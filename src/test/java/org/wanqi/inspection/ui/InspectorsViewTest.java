package org.wanqi.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.inspection.InspectorDirectory;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;

/** The inspector directory shows each inspector's unit by name and whose certificate keeps them out of draws. */
class InspectorsViewTest extends WanqiBrowserlessTest {

    @Autowired
    UnitService units;

    @Test
    void aSupervisorSeesWhoseCertificateIsNoLongerValid() {
        units.run(null);
        users.certified("valid", "130921", "13092100201");
        users.certified("expired", "130921", "13092100202", LocalDate.now().minusMonths(1));
        users.signIn(users.create("county.chief", Role.SUPERVISOR, null, "130921"));

        UI.getCurrent().navigate("inspections/inspectors");
        @SuppressWarnings("unchecked")
        Grid<InspectorDirectory.Entry> grid = $(Grid.class).id("inspectors-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        for (int row = 0; row < rows.size(); row++) {
            String validity = rows.getCellText(row, 2);
            assertThat(rows.getCellText(row, 3)).isEqualTo("沧州市生态环境局沧县分局");
            if (rows.getRow(row).certificateNumber().equals("13092100202")) {
                assertThat(validity).contains(LocalDate.now().minusMonths(1).toString(), "不参加抽取");
            } else {
                assertThat(validity).isEqualTo("2099-12-31");
            }
        }
    }
}
