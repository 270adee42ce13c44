package org.wanqi.base.ui;

import java.io.IOException;
import java.io.OutputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A download button: a link that streams a file written when it is clicked. */
public final class Downloads {

    private Downloads() {
    }

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static Anchor button(String id, String label, String fileName, String contentType, Writer writer) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.write(event.getOutputStream());
        }, "");
        Button button = new Button(label, new Icon(VaadinIcon.DOWNLOAD));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        link.setId(id);
        return link;
    }
}
