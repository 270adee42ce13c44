package org.wanqi.visit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.i18n.Translations;
import org.wanqi.base.sheets.Xlsx;
import org.wanqi.organization.UnitService;
import org.wanqi.security.UserService;

/**
 * A visit list as a spreadsheet, for an enterprise's own files or a unit's records: one row per
 * visit with its date, type, unit, officers and their certificate numbers, checklist result,
 * advice and risks, in the reader's language.
 */
@Service
public class VisitSheets {

    /** The most visits one export writes. */
    static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS = List.of("visit.started", "visit.enterprise", "visit.type", "visit.unit",
            "visit.team", "visit.summary", "visit.checklist.failed", "visit.advice.given", "visit.risks");

    private final VisitService visits;
    private final UserService users;
    private final UnitService units;
    private final Translations translations;

    VisitSheets(VisitService visits, UserService users, UnitService units, Translations translations) {
        this.visits = visits;
        this.users = users;
        this.units = units;
        this.translations = translations;
    }

    /** Writes the caller's visits matching {@code filter} (within their scope), newest first, as .xlsx. */
    @PreAuthorize("isAuthenticated()")
    public void export(VisitFilter filter, Locale locale, OutputStream out) throws IOException {
        Xlsx.write(text("visit.sheet-name", locale), COLUMNS.stream().map(key -> text(key, locale)).toList(),
                visits.page(filter, PageRequest.of(0, MAX_ROWS)).stream().map(visit -> row(visit, locale)), out);
    }

    private List<String> row(VisitDetails visit, Locale locale) {
        String officers = users.officers(visit.officerIds()).stream()
                .map(officer -> officer.displayName() + (officer.certificateNumber() == null ? "" : " " + officer.certificateNumber()))
                .collect(Collectors.joining("、"));
        String checklist = visit.checklist() == null ? "" : visit.checklist().name() + "：" + visit.checklist().items().stream()
                .filter(item -> item.answer() == VisitDraft.AnswerValue.NO)
                .map(AnsweredChecklist.Item::text).collect(Collectors.joining("；"));
        return List.of(TIME.format(visit.startedAt()), visit.enterpriseName(), text("visit.type." + visit.type().name(), locale),
                units.find(visit.unitId()).map(unit -> unit.displayName(locale)).orElse(""), officers,
                visit.summary() == null ? "" : visit.summary(), checklist,
                visit.advice().stream().map(VisitDraft.Advice::text).collect(Collectors.joining("\n")),
                visit.risks().stream().map(risk -> risk.description() + "（" + text("risk.status." + risk.status(), locale) + "）")
                        .collect(Collectors.joining("\n")));
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
