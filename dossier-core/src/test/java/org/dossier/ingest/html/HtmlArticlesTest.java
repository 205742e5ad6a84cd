package org.dossier.ingest.html;

import org.dossier.ingest.ArticleInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlArticlesTest {

    static final String PAGE = """
            <!DOCTYPE html><html lang="en-GB"><head>
            <title>Zelensky in Brussels | The Wire</title>
            <meta property="og:title" content="Zelensky visits Brussels">
            <meta property="og:site_name" content="The Wire">
            <meta property="article:published_time" content="2024-12-18T09:30:00+01:00">
            <link rel="canonical" href="https://wire.example/2024/12/18/zelensky-brussels.html">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Zelensky visits Brussels","datePublished":"2024-12-18",
              "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Lee"}],
              "publisher":{"@type":"Organization","name":"The Wire"}}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><h1>Site banner</h1></header>
            <article><h1>Zelensky visits Brussels</h1>
            <p>President Volodymyr Zelensky visited Brussels on Wednesday &amp; met NATO leaders.</p>
            <div class="share">Share this on social media</div>
            <p>"We need air defense," he said.</p>
            <ul class="related"><li><a href="/x">Related story one</a></li></ul>
            </article>
            <aside>Most read: something else entirely</aside>
            <footer>Copyright The Wire</footer>
            <script>var tracking = 1;</script>
            </body></html>""";

    @Test
    void mainTextWithoutBoilerplateAndMetadataFromEverySource() {
        HtmlPage p = HtmlArticles.page(PAGE, "https://wire.example/x");
        assertThat(p.text()).isEqualTo("Zelensky visits Brussels\n\nPresident Volodymyr Zelensky visited Brussels on "
                + "Wednesday & met NATO leaders.\n\n\"We need air defense,\" he said.");
        assertThat(p.title()).isEqualTo("Zelensky visits Brussels");
        assertThat(p.author()).isEqualTo("Ana Ruiz, Tom Lee");
        assertThat(p.published()).isEqualTo("2024-12-18T09:30:00+01:00");
        assertThat(p.publisher()).isEqualTo("The Wire");
        assertThat(p.url()).isEqualTo("https://wire.example/2024/12/18/zelensky-brussels.html");
        assertThat(p.language()).isEqualTo("en");
    }

    @Test
    void offsetsMapBackToTheSource() {
        HtmlPage p = HtmlArticles.page(PAGE, null);
        for (String word : new String[]{"Volodymyr", "NATO", "air defense", "Wednesday"}) {
            int at = p.text().indexOf(word);
            int src = p.offsets().toSource(at);
            assertThat(PAGE.substring(src, src + word.length())).isEqualTo(word);
        }
    }

    @Test
    void brokenHtmlIsRepairedWithAWarning() {
        String broken = "<html><body><article><p>The strike at the port of Rotterdam ended <b>on Monday "
                + "<p>Dockworkers <i>returned</b> to work after talks</article";
        ArticleInput in = HtmlArticles.read(broken, null, "broken.html", "broken");
        assertThat(in).isInstanceOf(ArticleInput.Loaded.class);
        ArticleInput.Loaded l = (ArticleInput.Loaded) in;
        assertThat(l.article().text()).contains("ended on Monday").contains("Dockworkers returned to work");
        assertThat(l.warnings()).anySatisfy(w -> assertThat(w).contains("markup errors, repaired").contains("character"));
    }

    @Test
    void aPageWithoutArticleTextIsAClearError() {
        ArticleInput in = HtmlArticles.read("<html><body><nav><a href='/'>Home</a></nav><p>Log in</p></body></html>",
                null, "login.html", "login");
        assertThat(in).isInstanceOf(ArticleInput.Failed.class);
        assertThat(((ArticleInput.Failed) in).message()).startsWith("login.html: no article text found");
        assertThatThrownBy(() -> HtmlArticles.page("\u0000\u0001binary", null)).hasMessageContaining("no article text");
    }

    @Test
    void badDatesAndJsonLdAreWarnedAbout() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"last Tuesday\">"
                + "<script type=\"application/ld+json\">{not json</script></head><body><article><p>"
                + "A long enough paragraph about the harbour strike in Rotterdam.</p></article></body></html>";
        HtmlPage p = HtmlArticles.page(html, null);
        assertThat(p.published()).isNull();
        assertThat(p.warnings()).anySatisfy(w -> assertThat(w).contains("'last Tuesday'").contains("article:published_time"))
                .anySatisfy(w -> assertThat(w).contains("JSON-LD"));
        assertThat(HtmlMetadata.iso("Wed, 18 Dec 2024 09:30:00 GMT")).isEqualTo("2024-12-18T09:30Z");
    }

    @Test
    void idsComeFromUrls() {
        assertThat(HtmlArticles.idOf("https://www.wire.example/2024/12/18/zelensky-brussels.html"))
                .isEqualTo("wire.example-2024-12-18-zelensky-brussels");
    }
}
