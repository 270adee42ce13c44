package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trainers' Markdown becomes safe HTML: formatting survives, scripts, handlers and javascript: links never do. */
class MarkdownTest {

    @Test
    void formattingSurvives() {
        String html = Markdown.html("""
                ## 常见问题

                1. **露天堆放**
                2. 不分类

                | 环节 | 记录 |
                |---|---|
                | 产生 | 日期 |

                见[生态环境部](https://www.mee.gov.cn/)和[法规检索](regulations?q=固废法)。
                """);
        assertThat(html).contains("<h2>常见问题</h2>", "<ol>", "<strong>露天堆放</strong>", "<table>", "<td>产生</td>",
                "href=\"https://www.mee.gov.cn/\"", "rel=\"nofollow noopener noreferrer\"", "href=\"regulations?q=固废法\"");
        assertThat(Markdown.text("## 标题\n\n**加粗** 文字")).isEqualTo("标题\n加粗 文字");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "[点我](javascript:alert(1))",
            "[点我](JaVaScRiPt:alert(1))",
            "[点我](&#106;avascript:alert(1))",
            "[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[点我](vbscript:msgbox(1))",
            "![图](javascript:alert(1))",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "<object data=\"javascript:alert(1)\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "[a](https://x.example \"t\" onmouseover=alert(1))",
            "<<script>script>alert(1)<</script>/script>",
            "`<script>` 是代码，<b onmouseover=alert(1)>粗</b>"
    })
    void noPayloadRuns(String payload) {
        Document html = Jsoup.parseBodyFragment(Markdown.html("正文\n\n" + payload + "\n\n结尾"));
        assertThat(html.select("script, iframe, svg, object, embed, img, style, details, math, body *[onload]")).isEmpty();
        for (Element element : html.body().getAllElements()) {
            assertThat(element.tagName()).isIn("body", "div", "p", "a", "strong", "em", "b", "code", "pre", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "br", "hr");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("in %s", element).doesNotStartWith("on").isNotEqualTo("style");
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(value).as("in %s", element).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
        assertThat(html.text()).contains("正文", "结尾");
    }
}
