package org.wanqi.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What a page says for a record that does not exist or is outside the user's scope (the same words for both). */
public class NotFoundText extends Paragraph {

    public NotFoundText() {
        setText(getTranslation("problem.not-found.detail"));
        setId("not-found");
    }
}
