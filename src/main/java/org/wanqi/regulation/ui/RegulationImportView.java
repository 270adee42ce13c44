package org.wanqi.regulation.ui;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.wanqi.base.DomainException;
import org.wanqi.regulation.RegulationImport;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Roles;

/**
 * Import statutes (JSON Lines, gzip or not, or one Markdown file per law) with a progress bar; the
 * counts and every skipped line with its number at the end. The work runs off the request thread;
 * the page polls for progress. The same as {@code java -jar wanqi.jar import-regulations}.
 */
@Route("regulations/import")
@Menu(order = 53, title = "nav.regulation-import", icon = "vaadin:upload")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class RegulationImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_MB = 200;
    private static final int PROGRESS_EVERY_LINES = 1_000;

    private final transient RegulationImporter importer;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph summary = new Paragraph();
    private final Grid<RegulationImport.Problem> problems = new Grid<>();

    RegulationImportView(RegulationImporter importer) {
        this.importer = importer;
        addClassName("wanqi-page");
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(metadata.fileName(), file)));
        upload.setId("regulation-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setAcceptedFileTypes(".jsonl", ".json", ".gz", ".md", ".markdown");
        upload.setDropLabel(new Span(getTranslation("regulation.import.drop", MAX_MB)));
        upload.addFileRejectedListener(rejected -> Notification.show(getTranslation("regulation.import.rejected",
                rejected.getFileName(), MAX_MB), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        progress.setId("regulation-import-progress");
        progress.setVisible(false);
        progressText.setId("regulation-import-progress-text");
        summary.setId("regulation-import-summary");
        problems.setId("regulation-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(RegulationImport.Problem::line).setHeader(getTranslation("regulation.import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments()))
                .setHeader(getTranslation("regulation.import.problem")).setFlexGrow(1);
        problems.setHeight("360px");
        problems.setVisible(false);
        add(new H3(getTranslation("nav.regulation-import")), new Paragraph(getTranslation("regulation.import.help")), upload,
                progress, progressText, summary, problems);
    }

    /** Reads the uploaded file in the background, showing how much of it was read. */
    private void start(String fileName, File file) {
        UI ui = UI.getCurrent();
        long size = Math.max(1, file.length());
        AtomicLong read = new AtomicLong();
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("regulation.import.reading", fileName));
        summary.setText("");
        problems.setVisible(false);
        ui.setPollInterval(500);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try (InputStream in = new Counting(Files.newInputStream(file.toPath()), read)) {
                RegulationImport report = importer.importFile(fileName, in, line -> {
                    if (line % PROGRESS_EVERY_LINES == 0) {
                        ui.access(() -> {
                            progress.setValue(Math.min(1, (double) read.get() / size));
                            progressText.setText(getTranslation("regulation.import.progress", line));
                        });
                    }
                });
                ui.access(() -> finished(fileName, report));
            } catch (DomainException refused) {
                ui.access(() -> failed(getTranslation(refused.messageKey(), refused.args())));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> failed(getTranslation("error.unexpected")));
                throw new IllegalStateException("Import of " + fileName + " failed", e);
            } finally {
                file.delete();
            }
        }));
    }

    private void finished(String fileName, RegulationImport report) {
        UI.getCurrent().setPollInterval(-1);
        progress.setValue(1);
        progressText.setText(getTranslation("regulation.import.done", fileName));
        summary.setText(getTranslation("regulation.import.summary", report.lines(), report.inserted(), report.updated(),
                report.unchanged(), report.regulations(), report.problems().size()));
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        Notification.show(summary.getText(), 6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(String message) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText(message);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Counts the bytes read, for the progress bar (the file's own bytes, compressed or not). */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong read;

        Counting(InputStream in, AtomicLong read) {
            super(in);
            this.read = read;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.regulation-import");
    }
}
