package org.wanqi.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.UserService;
import org.wanqi.security.WanqiUser;

/**
 * The signed-in user replaces their password. Someone signed in with a temporary password (a new or
 * reset account) is sent here before anything else ({@link PasswordChangeGuard}).
 */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserService users, CurrentUser currentUser) {
        addClassName("wanqi-page");
        setMaxWidth("420px");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("password.rule"));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        for (PasswordField field : new PasswordField[] {current, next, repeated}) {
            field.setWidthFull();
            field.setMaxLength(200);
        }
        Button save = new Button(getTranslation("password.save"), click -> {
            repeated.setInvalid(false);
            if (!next.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.mismatch"));
                repeated.setInvalid(true);
                return;
            }
            signedInAs(users.changeMyPassword(current.getValue(), next.getValue()));
            Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean temporary = currentUser.get().map(WanqiUser::mustChangePassword).orElse(false);
        add(new H2(getTranslation("password.title")));
        if (temporary) {
            Paragraph hint = new Paragraph(getTranslation("password.temporary"));
            hint.setId("password-temporary-hint");
            add(hint);
        }
        add(current, next, repeated, save);
    }

    /** The session goes on as the changed user, so the guard lets them through at once. */
    private static void signedInAs(WanqiUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
