package org.wanqi.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.UserFilter;
import org.wanqi.security.UserService;
import org.wanqi.security.UserSummary;

class UsersViewTest extends WanqiBrowserlessTest {

    @Autowired
    UnitService units;
    @Autowired
    UserService userService;

    @BeforeEach
    void units() {
        units.run(null);
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).id("users-grid");
    }

    @Test
    void theGridListsUsersAndFilters() {
        users.signIn(users.create("admin.view", Role.ADMIN, null));
        users.create("zhang.san", Role.OFFICER, null);
        users.create("li.si", Role.TRAINER, null);

        navigate(UsersView.class);
        assertThat(test(grid()).size()).isEqualTo(3);

        test($(TextField.class).id("user-search")).setValue("zhang");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).username()).isEqualTo("zhang.san");
    }

    @Test
    void anAdministratorCreatesAnOfficerAndSeesTheTemporaryPassword() {
        users.signIn(users.create("admin.view", Role.ADMIN, null));
        navigate(UsersView.class);

        test($(Button.class).id("user-new")).click();
        test($(TextField.class).id("user-username")).setValue("wang.wu");
        test($(TextField.class).id("user-display-name")).setValue("王五");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).single();
        roles.setValue(Set.of(Role.OFFICER));
        @SuppressWarnings("unchecked")
        ComboBox<Unit> unit = $(ComboBox.class).withCaption("所属单位").single();
        unit.setValue(units.find("130922").orElseThrow());
        test($(TextField.class).id("user-certificate")).setValue("13092200009");
        test($(Button.class).id("user-save")).click();
        DatePicker validUntil = $(DatePicker.class).id("user-certificate-valid-until");
        assertThat(validUntil.getErrorMessage()).as("a certificate without its last valid day").contains("有效期");
        assertThat(userService.count(UserFilter.none())).isEqualTo(1);

        validUntil.setValue(LocalDate.of(2030, 6, 30));
        test($(Button.class).id("user-save")).click();

        assertThat($(Span.class).id("temporary-password").getText()).hasSize(12);
        UserSummary created = userService.page(new UserFilter("wang.wu", null, null), PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(created.unitId()).isEqualTo("130922");
        assertThat(created.roles()).containsExactly(Role.OFFICER);
        assertThat(created.certificateNumber()).isEqualTo("13092200009");
        assertThat(created.certificateValidUntil()).isEqualTo(LocalDate.of(2030, 6, 30));
    }

    @Test
    void anInvalidFormSavesNothing() {
        users.signIn(users.create("admin.view", Role.ADMIN, null));
        navigate(UsersView.class);

        test($(Button.class).id("user-new")).click();
        test($(TextField.class).id("user-username")).setValue("x");
        test($(TextField.class).id("user-display-name")).setValue("<b>坏</b>");
        test($(Button.class).id("user-save")).click();

        assertThat($(TextField.class).id("user-username").isInvalid()).isTrue();
        assertThat($(TextField.class).id("user-display-name").getErrorMessage()).contains("标记字符");
        assertThat(userService.count(UserFilter.none())).isEqualTo(1);
    }

    @Test
    void anOfficerCannotOpenUserAdministration() {
        users.signIn(users.create("officer.view", Role.OFFICER, null));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> navigate(UsersView.class));
        assertThat(refused).as("the route is answered as not found, not shown")
                .hasMessageContaining("RouteNotFoundError");
        assertThat($(Grid.class).all()).isEmpty();
    }
}
