package org.wanqi.regulation;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Trainers' Markdown as HTML that is safe to show: raw HTML in the source is escaped (shown as
 * text), {@code javascript:} and other unsafe link targets are dropped, and the result is cleaned
 * again against a list of harmless tags and attributes — no script, no event handler, no style.
 */
public final class Markdown {

    private static final List<Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(TABLES).escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(TABLES).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://wanqi.invalid/";

    private Markdown() {
    }

    /** The article as sanitized HTML (one {@code <div>}). */
    public static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        String clean = Jsoup.clean(HTML.render(document), BASE, SAFE, new Document.OutputSettings().prettyPrint(false));
        return "<div class=\"wanqi-markdown\">" + clean + "</div>";
    }

    /** The article's words without markup: what the search index reads. */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }
}
