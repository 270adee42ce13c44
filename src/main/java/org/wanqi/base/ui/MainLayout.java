package org.wanqi.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.wanqi.base.i18n.Translations;

/**
 * The shell around every signed-in view: a side navigation listing only the views the user may
 * open (from their {@code @Menu} and access annotations), and a header with the user's name and
 * unit, what modules add ({@link HeaderItem}: the risk bell), the language switch and sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    private final transient ShellContext shell;
    private final transient AuthenticationContext authentication;

    MainLayout(ShellContext shell, AuthenticationContext authentication, ObjectProvider<HeaderItem> items) {
        this.shell = shell;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), header(items));
    }

    private Div brand() {
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("wanqi-brand");
        Div brand = new Div(name);
        brand.addClassName("wanqi-brand-box");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    private Div header(ObjectProvider<HeaderItem> items) {
        Div header = new Div();
        header.addClassName("wanqi-header");
        Span spacer = new Span();
        spacer.addClassName("wanqi-spacer");
        header.add(spacer);
        shell.currentUser().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("current-user-name");
            Span unit = new Span(user.unitName());
            unit.addClassName("wanqi-unit");
            Div who = new Div(name, unit);
            who.addClassName("wanqi-who");
            header.add(who);
        });
        items.orderedStream().forEach(item -> item.create().ifPresent(header::add));
        header.add(languageSwitch(), logoutButton());
        return header;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(UI.getCurrent().getLocale()));
        language.setAriaLabel(getTranslation("language.label"));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                shell.rememberLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        language.addClassName("wanqi-language");
        return language;
    }

    private Button logoutButton() {
        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.setId("logout");
        logout.setAriaLabel(getTranslation("action.logout"));
        logout.setTooltipText(getTranslation("action.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return logout;
    }
}
