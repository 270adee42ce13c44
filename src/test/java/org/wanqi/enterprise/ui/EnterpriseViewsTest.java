package org.wanqi.enterprise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.UserSummary;

class EnterpriseViewsTest extends WanqiBrowserlessTest {

    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    EnterpriseDetails chemicals;
    EnterpriseDetails hospital;

    @BeforeEach
    void twoEnterprises() {
        units.run(null);
        users.signIn(users.create("root", Role.ADMIN, null));
        chemicals = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.VOCS));
        hospital = enterprises.create(TestEnterprises.draft("任丘市人民医院", "130982", 2, PollutionCategory.MEDICAL_WASTE));
    }

    @SuppressWarnings("unchecked")
    private Grid<EnterpriseDetails> grid() {
        return $(Grid.class).id("enterprises-grid");
    }

    @Test
    void theListFiltersAndCounts() {
        navigate(EnterprisesView.class);
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat($(Span.class).id("enterprise-count").getText()).isEqualTo("共 2 家");

        test($(TextField.class).id("enterprise-search")).setValue("医院");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("任丘市人民医院");
        assertThat($(Span.class).id("enterprise-count").getText()).isEqualTo("共 1 家");

        test($(TextField.class).id("enterprise-search")).setValue("");
        @SuppressWarnings("unchecked")
        Select<PollutionCategory> category = $(Select.class).all().stream()
                .filter(select -> select.getListDataView().getItems().anyMatch(PollutionCategory.VOCS::equals))
                .findFirst().orElseThrow();
        category.setValue(PollutionCategory.VOCS);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("沧县恒泰化工有限公司");
    }

    @Test
    void aTrainerReadsButCannotCreateOrImport() {
        users.signIn(users.create("zhao", Role.TRAINER, null, "130900"));
        navigate(EnterprisesView.class);
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat($(Button.class).withId("enterprise-new").all()).isEmpty();
        assertThat($(Button.class).withId("enterprise-import").all()).isEmpty();
    }

    @Test
    void theThreeSixtyPageShowsFactsAndItsTimeline() {
        navigate(EnterpriseView.class, chemicals.id());
        assertThat($(H2.class).id("enterprise-name").getText()).isEqualTo("沧县恒泰化工有限公司");
        @SuppressWarnings("unchecked")
        Grid<org.wanqi.enterprise.TimelineEntry> timeline = $(Grid.class).id("enterprise-timeline");
        assertThat(test(timeline).size()).isEqualTo(1);
        assertThat(test(timeline).getCellText(0, 1)).isEqualTo("测试root 建立了企业档案");
    }

    @Test
    void anotherCountysEnterpriseIsNotFoundForACountyOfficer() {
        users.signIn(users.create("li.ming", Role.OFFICER, null, "130921"));
        navigate(EnterpriseView.class, hospital.id());
        assertThat($(Paragraph.class).id("enterprise-not-found").getText()).isEqualTo("企业不存在，或不在您的管辖范围内。");
        assertThat($(H2.class).withId("enterprise-name").all()).isEmpty();
    }

    @Test
    void theCountysOfficerCreatesAnEnterpriseLoginOnTheThreeSixtyPageAndItMustChangeItsPassword() {
        users.signIn(users.create("li.ming", Role.OFFICER, null, "130921"));
        navigate(EnterpriseView.class, chemicals.id());
        test($(Button.class).id("enterprise-account-new")).click();
        test($(TextField.class).id("enterprise-account-username")).setValue("hengtai.env");
        test($(TextField.class).id("enterprise-account-name")).setValue("刘强");
        test($(Button.class).id("enterprise-account-save")).click();
        String temporary = $(Span.class).id("temporary-password").getText();
        assertThat(temporary).hasSize(12);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> accounts = $(Grid.class).id("enterprise-accounts-grid");
        assertThat(test(accounts).getCellText(0, 0)).isEqualTo("hengtai.env");

        users.signIn(users.find("hengtai.env"));
        UI.getCurrent().navigate("");
        assertThat($(PasswordField.class).id("password-new").isVisible()).as("sent to change the temporary password first").isTrue();
        test($(PasswordField.class).id("password-current")).setValue(temporary);
        test($(PasswordField.class).id("password-new")).setValue("a-long-new-secret");
        test($(PasswordField.class).id("password-repeat")).setValue("a-long-new-secret");
        test($(Button.class).id("password-save")).click();
        UI.getCurrent().navigate("portal/profile");
        assertThat($(PasswordField.class).withId("password-new").all()).as("no longer held on the password page").isEmpty();
    }
}
