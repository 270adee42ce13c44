package org.wanqi.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.ui.EChart;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HomeViewTest extends WanqiBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UnitService units;

    private WanqiUser signIn(String username, Role role) {
        units.run(null);
        WanqiUser user = users.create(username, role, "ent-1");
        users.signIn(user);
        return user;
    }

    private List<String> navigation() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void theChartShowsTheUsersOwnActivityForFourteenDays() {
        WanqiUser officer = signIn("officer.home", Role.OFFICER);
        events.publishEvent(AuditEntry.of(officer.getUsername(), "user", officer.id(), "login.succeeded"));
        events.publishEvent(AuditEntry.of(officer.getUsername(), "user", officer.id(), "locale.changed"));
        events.publishEvent(AuditEntry.of("someone.else", "user", "x", "login.succeeded"));

        navigate(HomeView.class);

        JsonNode option = JsonMapper.builder().build()
                .readTree($(EChart.class).single().getElement().getProperty("option"));
        JsonNode values = option.get("series").get(0).get("data");
        assertThat(option.get("xAxis").get("data")).hasSize(HomeView.DAYS);
        assertThat(values).hasSize(HomeView.DAYS);
        assertThat(values.get(HomeView.DAYS - 1).asLong()).as("today").isEqualTo(2);
        assertThat(values.get(0).asLong()).isZero();
    }

    @Test
    void anOfficerSeesOnlyTheViewsAnOfficerMayOpen() {
        signIn("officer.nav", Role.OFFICER);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("首页", "企业档案", "登记走访", "走访记录", "隐患看板", "帮扶申请", "专项行动", "双随机抽查", "法规检索");
    }

    @Test
    void anAdministratorAlsoSeesUserAdministrationAndTheAuditLog() {
        signIn("admin.nav", Role.ADMIN);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("首页", "效能分析", "企业档案", "走访记录", "隐患看板", "帮扶申请", "专项行动", "双随机抽查", "检查表模板", "法规检索", "知识文章", "检索分析",
                "法规导入", "用户管理", "审计日志");
    }

    @Test
    void supervisorsSeeHowSatisfiedTheEnterprisesAre() {
        signIn("chief.home", Role.SUPERVISOR);
        navigate(HomeView.class);
        assertThat($(Paragraph.class).id("home-satisfaction").getText()).isEqualTo("辖区企业尚未评价走访。");
    }

    @Test
    void officersDoNotSeeTheSatisfactionSummary() {
        signIn("officer.rating", Role.OFFICER);
        navigate(HomeView.class);
        assertThat($(Paragraph.class).withId("home-satisfaction").all()).isEmpty();
    }
}
