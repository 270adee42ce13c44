package org.wanqi.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.regulation.ArticleNumber;
import org.wanqi.regulation.RegulationCatalog;
import org.wanqi.regulation.RegulationDetails;
import org.wanqi.regulation.RegulationLevel;
import org.wanqi.regulation.RegulationStatus;
import org.wanqi.regulation.RegulationsChanged;
import org.wanqi.regulation.Titles;
import org.wanqi.security.SystemTasks;

/**
 * Finds a citation in what people type: 《大气污染防治法》第一百零八条, 大气法108条, 大气污染防治法 第108条,
 * 固废法第七十九条. The law is found by its title, a stored alias, or an abbreviation that keeps the
 * title's first and last character in order (大气法 → 大气污染防治法, 固废法 → 固体废物污染环境防治法).
 */
@Component
class CitationResolver implements DerivedData {

    private static final Pattern CITATION = Pattern.compile(
            "([^\\s，,。；;：:？?！!、]{0,40}?)\\s*第?\\s*([0-9零〇一二两三四五六七八九十百千]+)\\s*条(?:\\s*之\\s*([一二三四五六七八九十]+))?");

    /** A citation found in a query: the regulation (null when only a number was given) and the article. */
    record Citation(Law law, ArticleNumber number) {
    }

    /** A regulation as citations name it. */
    record Law(String id, String shortTitle) {
    }


    private final RegulationCatalog catalog;
    private final SystemTasks system;
    /** Loaded on first use, reloaded when regulations change. */
    private volatile Names names;

    CitationResolver(RegulationCatalog catalog, SystemTasks system) {
        this.catalog = catalog;
        this.system = system;
    }

    @EventListener
    void on(RegulationsChanged changed) {
        if (!changed.regulationIds().isEmpty()) {
            reload();
        }
    }

    /** Forgets the names; they are read again on the next query. */
    @Override
    public void rebuild() {
        names = null;
    }

    void reload() {
        names = new Names(system.call(catalog::regulations));
    }

    Optional<Citation> find(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String text = query.replace("《", " ").replace("》", " ");
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            Optional<ArticleNumber> number = parseNumber(m.group(2), m.group(3));
            if (number.isEmpty()) {
                continue;
            }
            return Optional.of(new Citation(law(m.group(1)).orElse(null), number.get()));
        }
        return law(text.strip()).map(law -> new Citation(law, null));
    }

    private static Optional<ArticleNumber> parseNumber(String numeral, String suffix) {
        return ArticleNumber.parse("第" + numeral + "条" + (suffix == null ? "" : "之" + suffix));
    }

    /** Every regulation, in force first. */
    List<RegulationDetails> regulations() {
        return current().ranked;
    }

    Optional<RegulationDetails> regulation(String id) {
        return Optional.ofNullable(current().byId.get(id));
    }

    private Names current() {
        Names current = names;
        if (current == null) {
            reload();
            current = names;
        }
        return current;
    }

    /** The regulation a piece of text ends with the name of, trying its longest ending first. */
    Optional<Law> law(String text) {
        String key = Titles.normalize(text);
        Names current = current();
        for (int start = 0; start <= key.length() - 2; start++) {
            Optional<Law> law = current.resolve(key.substring(start));
            if (law.isPresent()) {
                return law;
            }
        }
        return Optional.empty();
    }

    /** Every regulation's names, best candidates first. */
    private static final class Names {
        private final Map<String, Law> exact = new HashMap<>();
        private final Map<String, RegulationDetails> byId = new HashMap<>();
        private final List<RegulationDetails> ranked;

        Names(List<RegulationDetails> regulations) {
            regulations.forEach(r -> byId.put(r.id(), r));
            ranked = regulations.stream().sorted(Comparator
                    .comparing((RegulationDetails r) -> r.status() != RegulationStatus.CURRENT)
                    .thenComparing(r -> r.level() == null ? RegulationLevel.values().length : r.level().ordinal())
                    .thenComparing(r -> r.shortTitle().length())).toList();
            for (RegulationDetails r : ranked.reversed()) {
                Law law = new Law(r.id(), r.shortTitle());
                exact.put(Titles.normalize(r.title()), law);
                exact.put(r.shortTitle(), law);
            }
            for (RegulationDetails r : ranked.reversed()) {
                r.aliases().forEach(alias -> exact.put(Titles.normalize(alias), new Law(r.id(), r.shortTitle())));
            }
        }

        Optional<Law> resolve(String key) {
            Law law = exact.get(key);
            if (law != null) {
                return Optional.of(law);
            }
            if (key.length() < 3 || !key.endsWith("法") && !key.endsWith("条例")) {
                return Optional.empty();
            }
            return ranked.stream().filter(r -> abbreviates(key, r.shortTitle())).findFirst()
                    .map(r -> new Law(r.id(), r.shortTitle()));
        }

        /** 大气法 abbreviates 大气污染防治法: same first and last character, the rest in order. */
        private static boolean abbreviates(String abbreviation, String title) {
            if (title.length() <= abbreviation.length() || title.charAt(0) != abbreviation.charAt(0)
                    || !title.endsWith(abbreviation.substring(abbreviation.length() - 1))) {
                return false;
            }
            int at = 0;
            for (int i = 0; i < abbreviation.length(); i++) {
                at = title.indexOf(abbreviation.charAt(i), at);
                if (at < 0) {
                    return false;
                }
                at++;
            }
            return true;
        }
    }
}
