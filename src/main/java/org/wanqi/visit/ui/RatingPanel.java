package org.wanqi.visit.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.wanqi.base.BusinessZone;
import org.wanqi.visit.VisitRatings;

/**
 * A visit's satisfaction rating: the enterprise gives it (1–5 and a comment) and may change it for a
 * week; staff read it.
 */
class RatingPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final transient VisitRatings ratings;
    private final String visitId;
    private final boolean mayRate;
    private final transient BusinessZone zone;

    RatingPanel(VisitRatings ratings, String visitId, boolean mayRate, BusinessZone zone) {
        this.ratings = ratings;
        this.zone = zone;
        this.visitId = visitId;
        this.mayRate = mayRate;
        setId("visit-rating");
        show(ratings.of(visitId));
    }

    private void show(Optional<VisitRatings.Rating> rating) {
        removeAll();
        rating.ifPresentOrElse(given -> {
            Paragraph shown = new Paragraph(getTranslation("rating.shown", given.score(), given.ratedByName(),
                    given.comment() == null ? "" : given.comment()));
            shown.setId("visit-rating-shown");
            add(shown);
        }, () -> add(new Paragraph(getTranslation(mayRate ? "rating.ask" : "rating.none"))));
        boolean editable = rating.map(VisitRatings.Rating::editable).orElse(true);
        if (mayRate && editable) {
            add(form(rating));
        }
    }

    private Div form(Optional<VisitRatings.Rating> rating) {
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("rating.score"));
        score.setId("visit-rating-score");
        score.setItems(1, 2, 3, 4, 5);
        score.setItemLabelGenerator(value -> getTranslation("rating.score." + value));
        TextArea comment = new TextArea(getTranslation("rating.comment"));
        comment.setId("visit-rating-comment");
        comment.setMaxLength(500);
        comment.setWidthFull();
        rating.ifPresent(given -> {
            score.setValue(given.score());
            comment.setValue(given.comment() == null ? "" : given.comment());
            comment.setHelperText(getTranslation("rating.editable-until", DAY.format(zone.at(given.editableUntil()))));
        });
        Button save = new Button(getTranslation(rating.isPresent() ? "rating.change" : "rating.save"), click -> {
            if (score.getValue() == null) {
                score.setErrorMessage(getTranslation("rating.error.score"));
                score.setInvalid(true);
                return;
            }
            show(Optional.of(ratings.rate(visitId, score.getValue(), comment.getValue())));
            Notification.show(getTranslation("rating.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("visit-rating-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(score, comment, save);
    }
}
