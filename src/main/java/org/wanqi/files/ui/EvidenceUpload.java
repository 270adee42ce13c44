package org.wanqi.files.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.wanqi.base.DomainException;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;

/**
 * Uploads photos and PDFs (a phone offers its camera). Each file is checked by the file service
 * (size, type from its bytes) and handed to {@code store}; a refused file is explained, in the
 * user's language, and nothing is kept.
 */
public class EvidenceUpload extends Upload {

    public EvidenceUpload(FileService files, Function<org.wanqi.files.Upload, Attachment> store, Consumer<Attachment> stored) {
        setAcceptedFileTypes("image/jpeg", "image/png", "image/heic", "image/heif", "application/pdf",
                ".jpg", ".jpeg", ".png", ".heic", ".heif", ".pdf");
        setMaxFileSize((int) files.maxSize());
        setMaxFiles(files.maxPerOwner());
        addClassName("wanqi-evidence-upload");
        setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("file.upload.add")).setMany(getTranslation("file.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("file.upload.drop")).setMany(getTranslation("file.upload.drop"))));
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                Attachment attachment = store.apply(files.accept(metadata.fileName(), bytes));
                ui.access(() -> stored.accept(attachment));
            } catch (DomainException refused) {
                ui.access(() -> Notification.show(ui.getTranslation(refused.messageKey(), refused.args()), 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
        addFileRejectedListener(rejected -> Notification.show(getTranslation("file.error.rejected-by-browser",
                rejected.getFileName(), files.maxSize() / (1024 * 1024)), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
