package org.wanqi.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.wanqi.base.ui.ShellContext;
import org.wanqi.organization.UnitService;

/** Tells the shell who is signed in, in which unit, and which language they chose. */
@Component
class SecurityShellContext implements ShellContext {

    private final CurrentUser currentUser;
    private final UserService userService;
    private final UnitService units;
    private final EnterpriseDirectory enterprises;

    SecurityShellContext(CurrentUser currentUser, UserService userService, UnitService units,
                         EnterpriseDirectory enterprises) {
        this.currentUser = currentUser;
        this.userService = userService;
        this.units = units;
        this.enterprises = enterprises;
    }

    @Override
    public Optional<ShellUser> currentUser() {
        return currentUser.get().map(user -> {
            Locale locale = userService.myLocale();
            return new ShellUser(user.displayName(), organisationName(user, locale), locale);
        });
    }

    @Override
    public void rememberLocale(Locale locale) {
        userService.changeMyLocale(locale);
    }

    private String organisationName(WanqiUser user, Locale locale) {
        if (user.enterpriseId() != null) {
            return enterprises.nameOf(user.enterpriseId()).orElse("");
        }
        return units.find(user.unitId()).map(unit -> unit.displayName(locale)).orElse("");
    }
}
