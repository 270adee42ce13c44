package org.wanqi.risk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskDraft;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;

class RiskBoardViewTest extends WanqiBrowserlessTest {

    @Autowired
    RiskService risks;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;

    @SuppressWarnings("unchecked")
    Grid<RiskDetails> board() {
        return $(Grid.class).id("risk-board");
    }

    @Test
    void aClosedRiskLeavesTheOpenBoardAndTheFiltersNarrowIt() {
        units.run(null);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.VOCS));
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));
        RiskDetails closed = risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.VOCS, Severity.MAJOR, "活性炭未更换",
                List.of(), LocalDate.now().plusDays(20), null, List.of()));
        closed = risks.transition(closed.id(), RiskStatus.RECTIFYING, null, List.of(), closed.version());
        closed = risks.transition(closed.id(), RiskStatus.PENDING_VERIFICATION, "已更换", List.of(), closed.version());
        risks.transition(closed.id(), RiskStatus.CLOSED, "核查合格", List.of(), closed.version());
        risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.DUST, Severity.GENERAL, "料堆未覆盖",
                List.of(), LocalDate.now().plusDays(2), null, List.of()));

        navigate(RiskBoardView.class);
        assertThat(test(board()).size()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<RiskStatus> status = $(Select.class).id("risk-status-filter");
        test(status).selectItem("待整改");
        assertThat(test(board()).size()).isEqualTo(1);
        assertThat(test(board()).getRow(0).description()).isEqualTo("料堆未覆盖");
        test(status).selectItem("已销号");
        assertThat(test(board()).getRow(0).description()).isEqualTo("活性炭未更换");
        test(status).selectItem(null);
        test($(Checkbox.class).id("risk-due-soon-filter")).click();
        assertThat(test(board()).size()).isEqualTo(1);
        assertThat(test(board()).getRow(0).description()).isEqualTo("料堆未覆盖");

        assertThat($(Span.class).id("risk-bell-count").getText()).as("the bell: one risk due within 3 days").isEqualTo("1");
        assertThat($(Anchor.class).id("risk-bell-due-soon").getHref()).isEqualTo("risks?dueSoon=true");
        test($(Checkbox.class).id("risk-due-soon-filter")).click();
        assertThat(test(board()).size()).isEqualTo(2);
        UI.getCurrent().navigate("risks", QueryParameters.of("dueSoon", "true"));
        assertThat($(Checkbox.class).id("risk-due-soon-filter").getValue()).isTrue();
        assertThat(test(board()).size()).isEqualTo(1);
    }
}
