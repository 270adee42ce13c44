package org.wanqi.files.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.StoredFile;

/**
 * Files as a row of thumbnails (photos) and icons (PDFs, photos without a preview); a tap opens
 * the file. Bytes are fetched through the file service, so scope applies to every image too.
 */
public class AttachmentStrip extends Div {

    private final transient FileService files;

    public AttachmentStrip(FileService files) {
        this.files = files;
        addClassName("wanqi-attachments");
    }

    public void show(List<Attachment> attachments) {
        removeAll();
        attachments.forEach(attachment -> add(tile(attachment)));
    }

    private Anchor tile(Attachment attachment) {
        Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
            StoredFile file = files.open(attachment.id());
            return new DownloadResponse(file.content(), attachment.name(), attachment.contentType(), attachment.size());
        }).inline(), "");
        open.setTarget(AnchorTarget.BLANK);
        open.setTitle(attachment.name());
        open.addClassName("wanqi-attachment");
        byte[] thumbnail = attachment.isImage() ? files.thumbnail(attachment.id()).orElse(null) : null;
        if (thumbnail != null) {
            open.add(new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(thumbnail),
                    "thumbnail.jpg", "image/jpeg", thumbnail.length)), attachment.name()));
        } else {
            open.add(new Icon(attachment.isImage() ? VaadinIcon.PICTURE : VaadinIcon.FILE_TEXT_O), new Span(attachment.name()));
        }
        return open;
    }
}
