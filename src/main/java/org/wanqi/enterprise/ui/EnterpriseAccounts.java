package org.wanqi.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.wanqi.security.UserService;
import org.wanqi.security.UserSummary;

/**
 * The logins of one enterprise, on its 360° page: administrators and the staff of its unit create
 * them; the temporary password is shown once and must be replaced at the first sign-in.
 */
class EnterpriseAccounts extends Div {

    private final transient UserService users;
    private final String enterpriseId;
    private final Grid<UserSummary> grid = new Grid<>();

    EnterpriseAccounts(UserService users, String enterpriseId) {
        this.users = users;
        this.enterpriseId = enterpriseId;
        setId("enterprise-accounts");
        grid.setId("enterprise-accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username"));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("enterprise.accounts.none"));
        Button create = new Button(getTranslation("enterprise.accounts.new"), new Icon(VaadinIcon.PLUS), click -> openNew());
        create.setId("enterprise-account-new");
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(grid, create);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.enterpriseAccounts(enterpriseId));
    }

    private void openNew() {
        Dialog dialog = new Dialog(getTranslation("enterprise.accounts.new"));
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("enterprise-account-username");
        username.setMaxLength(40);
        TextField name = new TextField(getTranslation("user.display-name"));
        name.setId("enterprise-account-name");
        name.setMaxLength(60);
        dialog.add(new VerticalLayout(username, name));
        Button save = new Button(getTranslation("action.save"), click -> {
            UserService.CreatedUser created = users.createEnterpriseAccount(enterpriseId, username.getValue(), name.getValue());
            dialog.removeAll();
            dialog.getFooter().removeAll();
            Span password = new Span(created.temporaryPassword());
            password.setId("temporary-password");
            dialog.add(new VerticalLayout(new Span(getTranslation("user.temporary-password.hint")), password));
            dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
            refresh();
        });
        save.setId("enterprise-account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
