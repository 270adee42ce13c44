package org.wanqi.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.security.Roles;

/** Trainers' list of knowledge articles in every state, most recently changed first, with a way to write a new one. */
@Route("knowledge")
@Menu(order = 51, title = "nav.knowledge", icon = "vaadin:notebook")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class KnowledgeArticlesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    KnowledgeArticlesView(KnowledgeService knowledge, BusinessZone zone) {
        addClassName("wanqi-page");
        setSizeFull();
        ZoneId zoneId = zone.zoneId();
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("knowledge.filter.title"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Select<KnowledgeState> state = new Select<>();
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("knowledge.filter.any-state"));
        state.setItems(KnowledgeState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("knowledge.filter.any-state") : getTranslation("knowledge.state." + s.name()));
        Select<KnowledgeTopic> topic = new Select<>();
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("knowledge.filter.any-topic"));
        topic.setItems(KnowledgeTopic.values());
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("knowledge.filter.any-topic") : getTranslation("knowledge.topic." + t.name()));
        Button write = new Button(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("knowledge/edit")));
        write.setId("knowledge-new");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(text, state, topic, write);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Grid<KnowledgeArticleDetails> grid = new Grid<>();
        grid.setId("knowledge-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(KnowledgeArticleDetails::title).setHeader(getTranslation("knowledge.title")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("knowledge.state." + a.state().name())).setHeader(getTranslation("knowledge.state")).setAutoWidth(true);
        grid.addColumn(a -> String.join("、", a.topics().stream().map(t -> getTranslation("knowledge.topic." + t.name())).sorted().toList()))
                .setHeader(getTranslation("knowledge.topics")).setFlexGrow(1);
        grid.addColumn(KnowledgeArticleDetails::authorName).setHeader(getTranslation("knowledge.author")).setAutoWidth(true);
        grid.addColumn(a -> DAY.format(a.updatedAt().atZone(zoneId))).setHeader(getTranslation("knowledge.updated")).setAutoWidth(true);
        Runnable refresh = () -> grid.setItems(query -> knowledge.page(new KnowledgeService.Filter(text.getValue(), state.getValue(),
                topic.getValue()), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        refresh.run();
        text.addValueChangeListener(change -> refresh.run());
        state.addValueChangeListener(change -> refresh.run());
        topic.addValueChangeListener(change -> refresh.run());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("knowledge/edit/" + click.getItem().id())));
        grid.setSizeFull();
        add(filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.knowledge");
    }
}
