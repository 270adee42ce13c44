package org.wanqi.enterprise.ui;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.wanqi.base.DomainException;
import org.wanqi.enterprise.EnterpriseColumn;
import org.wanqi.enterprise.EnterpriseImportService;
import org.wanqi.enterprise.ImportReport;
import org.wanqi.enterprise.ImportResult;
import org.wanqi.enterprise.ImportTable;
import org.wanqi.security.Roles;

/**
 * Import enterprises from a spreadsheet: upload, map columns, dry run with a per-row report, then
 * import with a progress bar. The work runs off the request thread; the page polls for progress.
 */
@Route("enterprises/import")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
class EnterpriseImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int NOT_MAPPED = -1;

    private final transient EnterpriseImportService imports;
    private final Map<EnterpriseColumn, Select<Integer>> mapping = new EnumMap<>(EnterpriseColumn.class);
    private final FormLayout mappingForm = new FormLayout();
    private final Paragraph fileSummary = new Paragraph();
    private final Span reportSummary = new Span();
    private final Grid<ImportReport.Problem> problems = new Grid<>();
    private final RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>();
    private final Button dryRun = new Button();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private transient ImportTable table;

    EnterpriseImportView(EnterpriseImportService imports) {
        this.imports = imports;
        addClassName("wanqi-page");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> load(metadata.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setDropLabel(new Span(getTranslation("import.upload")));
        fileSummary.setId("import-file");

        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        existing.setLabel(getTranslation("import.existing"));
        existing.setItems(Boolean.TRUE, Boolean.FALSE);
        existing.setItemLabelGenerator(update -> getTranslation(update ? "import.existing.update" : "import.existing.skip"));
        existing.setValue(Boolean.FALSE);
        existing.setId("import-existing");

        dryRun.setText(getTranslation("import.dry-run"));
        dryRun.setId("import-dry-run");
        dryRun.addClickListener(click -> check());
        run.setText(getTranslation("import.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> startImport());

        reportSummary.setId("import-report-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportReport.Problem::rowNumber).setHeader(getTranslation("import.report.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportReport.Problem::column).setHeader(getTranslation("import.report.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportReport.Problem::message).setHeader(getTranslation("import.report.problem")).setFlexGrow(1);
        problems.setHeight("360px");
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        setStep(false);
        add(new H3(getTranslation("import.title")), upload, fileSummary, new H3(getTranslation("import.mapping")), mappingForm,
                existing, dryRun, reportSummary, problems, run, progress, progressText);
    }

    private void load(String fileName, byte[] bytes) {
        try {
            table = imports.read(fileName, new ByteArrayInputStream(bytes));
        } catch (DomainException e) {
            table = null;
            setStep(false);
            fileSummary.setText(getTranslation(e.messageKey(), e.args()));
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        fileSummary.setText(getTranslation("import.file", fileName, table.rows().size()));
        Map<EnterpriseColumn, Integer> suggested = imports.suggestMapping(table);
        mapping.clear();
        mappingForm.removeAll();
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation(column.headerKey()));
            select.setId("import-map-" + column.field());
            select.setItems(IntStream.concat(IntStream.of(NOT_MAPPED), IntStream.range(0, table.headers().size())).boxed().toList());
            select.setItemLabelGenerator(index -> index == NOT_MAPPED ? getTranslation("import.not-mapped") : table.headers().get(index));
            select.setValue(suggested.getOrDefault(column, NOT_MAPPED));
            select.setRequiredIndicatorVisible(EnterpriseImportService.REQUIRED.contains(column));
            mapping.put(column, select);
            mappingForm.add(select);
        }
        reportSummary.setText("");
        problems.setItems();
        setStep(true);
    }

    private Map<EnterpriseColumn, Integer> chosenMapping() {
        Map<EnterpriseColumn, Integer> chosen = new EnumMap<>(EnterpriseColumn.class);
        mapping.forEach((column, select) -> {
            if (select.getValue() != null && select.getValue() != NOT_MAPPED) {
                chosen.put(column, select.getValue());
            }
        });
        return chosen;
    }

    private void check() {
        ImportReport report = imports.check(table, chosenMapping(), getLocale());
        reportSummary.setText(getTranslation("import.report.summary", report.rows(), report.valid(), report.existing(),
                report.problems().size()));
        problems.setItems(report.problems());
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        ImportTable importing = table;
        Map<EnterpriseColumn, Integer> chosen = chosenMapping();
        boolean update = Boolean.TRUE.equals(existing.getValue());
        int total = importing.rows().size();
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("import.progress", 0, total));
        setStep(false);
        ui.setPollInterval(500);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportResult result = imports.run(importing, chosen, update, locale, done -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText(getTranslation("import.progress", done, total));
                }));
                ui.access(() -> finished(getTranslation("import.done", result.created(), result.updated(),
                        result.skipped(), result.invalid()), NotificationVariant.LUMO_SUCCESS));
            } catch (RuntimeException e) {
                String message = e instanceof DomainException domain ? getTranslation(domain.messageKey(), domain.args())
                        : getTranslation("error.unexpected");
                ui.access(() -> finished(message, NotificationVariant.LUMO_ERROR));
                throw e;
            }
        }));
    }

    private void finished(String message, NotificationVariant variant) {
        UI.getCurrent().setPollInterval(-1);
        progressText.setText(message);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(variant);
        table = null;
    }

    private void setStep(boolean fileLoaded) {
        dryRun.setEnabled(fileLoaded);
        run.setEnabled(fileLoaded);
        existing.setEnabled(fileLoaded);
        progress.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
