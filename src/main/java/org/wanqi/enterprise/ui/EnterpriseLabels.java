package org.wanqi.enterprise.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.organization.Unit;

/** How enterprise values read on screen, shared by the enterprise views. */
final class EnterpriseLabels {

    private final Component owner;
    private final Locale locale;
    private final Map<String, Unit> units;

    EnterpriseLabels(Component owner, Collection<Unit> units) {
        this.owner = owner;
        this.locale = UI.getCurrent().getLocale();
        this.units = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    String region(String code) {
        Unit unit = code == null ? null : units.get(code);
        if (unit == null) {
            return code == null ? "" : code;
        }
        return unit.level() == Unit.Level.CITY ? unit.displayName(locale) : county(unit);
    }

    /** A county unit as lists show it: 沧县 rather than 沧州市生态环境局沧县分局. */
    String county(Unit unit) {
        return unit.regionName(locale);
    }

    String categories(Collection<PollutionCategory> categories) {
        return categories.stream().sorted().map(c -> owner.getTranslation("pollution." + c.name()))
                .collect(Collectors.joining("、"));
    }

    String label(Enum<?> value, String prefix) {
        return value == null ? "" : owner.getTranslation(prefix + value.name());
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
