package org.wanqi.search.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.wanqi.search.CitationCheck;
import org.wanqi.search.RegulationSearch;

/**
 * Cited statute articles, each checked: a link to the article, and a warning when it is no longer
 * in force (repealed, replaced by a version without it) or does not exist.
 */
public class CitationList extends Div {

    public CitationList(RegulationSearch search, List<String> citations) {
        addClassName("wanqi-citations");
        citations.forEach(citation -> add(line(search.check(citation))));
    }

    private Div line(CitationCheck check) {
        Div line = new Div();
        line.addClassName("citation-line");
        if (check.articleId() != null) {
            line.add(new Anchor("regulations/article/" + check.articleId(), check.citation()));
        } else {
            line.add(new Span(check.citation()));
        }
        if (check.warns()) {
            Span warning = new Span(getTranslation("citation.verdict." + check.verdict().name()));
            warning.getElement().getThemeList().add("badge error");
            warning.addClassName("citation-warning");
            line.add(new Span(" "), warning);
        }
        return line;
    }
}
