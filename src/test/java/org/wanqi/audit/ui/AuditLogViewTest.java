package org.wanqi.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.audit.AuditEntry;
import org.wanqi.audit.AuditEvent;
import org.wanqi.audit.AuditFilter;
import org.wanqi.audit.AuditService;
import org.wanqi.security.Role;

class AuditLogViewTest extends WanqiBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditService audit;

    @BeforeEach
    void someHistory() {
        events.publishEvent(AuditEntry.of("zhang", "user", "u1", "login.failed"));
        events.publishEvent(AuditEntry.of("zhang", "user", "u1", "login.succeeded"));
        events.publishEvent(new AuditEntry("admin", "user", "u2", "updated",
                java.util.List.of(new AuditEntry.FieldChange("roles", "[OFFICER]", "[SUPERVISOR]"))));
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEvent> grid() {
        return $(Grid.class).id("audit-grid");
    }

    @Test
    void anAdministratorFiltersTheLogByUserActionAndDate() {
        users.signIn(users.create("root", Role.ADMIN, null));
        navigate(AuditLogView.class);
        assertThat(test(grid()).size()).isEqualTo(3);

        test($(TextField.class).id("audit-actor")).setValue("zha");
        assertThat(test(grid()).size()).isEqualTo(2);
        test($(TextField.class).id("audit-action")).setValue("login.failed");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).actor()).isEqualTo("zhang");

        test($(TextField.class).id("audit-actor")).setValue("");
        test($(TextField.class).id("audit-action")).setValue("updated");
        assertThat(test(grid()).getRow(0).changes()).extracting(AuditEntry.FieldChange::after).containsExactly("[SUPERVISOR]");

        $(DatePicker.class).withCaption("结束日期").single().setValue(LocalDate.of(2020, 1, 1));
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void theLogIsForAdministratorsOnlyEvenWithoutTheView() {
        users.signIn(users.create("li.ming", Role.SUPERVISOR, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
