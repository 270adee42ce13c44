package org.wanqi.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.WanqiUser;

/** Whoever signed in with a temporary password sees only the page that replaces it (the sign-in page aside). */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class
                && currentUser.get().map(WanqiUser::mustChangePassword).orElse(false)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
