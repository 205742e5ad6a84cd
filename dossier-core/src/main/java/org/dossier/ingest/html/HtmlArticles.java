package org.dossier.ingest.html;

import org.dossier.ingest.ArticleInput;
import org.dossier.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a web page as an article: metadata first, then boilerplate dropped and the main text taken from the
 * {@code articleBody}, the {@code <article>}, the {@code <main>}, or else the element richest in paragraphs; blocks
 * (paragraphs, headings, list items, quotes) are separated by a blank line and white space is collapsed.
 * Stateless and thread-safe.
 */
public final class HtmlArticles {

    /** Fewer characters than this is no article (a login wall, an index page, a broken page). */
    public static final int MIN_TEXT = 40;

    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[hidden], .advert, .advertisement, .ad, .ads, .share, .social, .related, .newsletter, .comments, "
            + "#comments, .cookie, .paywall";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";

    private HtmlArticles() {
    }

    /** The page's text and metadata, or why it holds no article ({@link IllegalArgumentException}, the message for the user). */
    public static HtmlPage page(String html, String url) {
        Parser parser = Parser.htmlParser().setTrackErrors(100).setTrackPosition(true);
        Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        HtmlMetadata meta = new HtmlMetadata(doc);
        List<String> warnings = new ArrayList<>();
        List<ParseError> errors = parser.getErrors();
        if (!errors.isEmpty()) {
            ParseError first = errors.get(0);
            warnings.add("the HTML has " + (errors.size() >= 100 ? "100+" : errors.size()) + " markup errors, repaired "
                    + "as a browser would (first at character " + first.getPosition() + ": "
                    + first.getErrorMessage() + ")");
        }
        String title = meta.title(doc);
        String published = meta.published(doc);
        doc.select(BOILERPLATE).remove();
        Element container = container(doc);
        OffsetMap.Builder map = new OffsetMap.Builder();
        String text = text(container, map, html);
        warnings.addAll(meta.warnings);
        if (text.length() < MIN_TEXT) {
            throw new IllegalArgumentException("no article text found in the page (" + text.length()
                    + " characters outside navigation and boilerplate); is it an index, a login page or not HTML?");
        }
        return new HtmlPage(text, map.build(), title, meta.author(), published, meta.publisher(), meta.url(doc, url),
                meta.language(doc), warnings);
    }

    /** The page as an article input; {@code fallbackId} is used when the page has no URL to name it by. */
    public static ArticleInput read(String html, String url, String origin, String fallbackId) {
        HtmlPage page;
        try {
            page = page(html, url);
        } catch (IllegalArgumentException e) {
            return new ArticleInput.Failed(origin, origin + ": " + e.getMessage());
        }
        String id = page.url() != null ? idOf(page.url()) : fallbackId;
        List<String> warnings = new ArrayList<>(page.warnings());
        Article a = new Article(id, page.title(), page.publisher(), page.url(), page.published(), page.language(),
                page.text(), origin);
        return new ArticleInput.Loaded(a, warnings);
    }

    /** A readable id from a URL: host and path, e.g. {@code example.org-2024-12-18-zelensky-brussels}. */
    public static String idOf(String url) {
        try {
            URI u = URI.create(url.strip());
            String path = u.getPath() == null ? "" : u.getPath().replaceFirst("\\.(s?html?|php|aspx?)$", "");
            String raw = (u.getHost() == null ? "" : u.getHost().replaceFirst("^www\\.", "")) + "/" + path
                    + (u.getQuery() == null ? "" : "-" + u.getQuery());
            String id = raw.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("(^-+|-+$)", "");
            return id.isEmpty() ? "page" : id.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url.replaceAll("[^A-Za-z0-9._]+", "-");
        }
    }

    private static Element container(Document doc) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null && body.text().length() >= MIN_TEXT) {
            return body;
        }
        Element best = null;
        for (Element a : doc.select("article, main, [role=main]")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null && best.text().length() >= MIN_TEXT) {
            return best;
        }
        Element richest = null;
        int richestScore = 0;
        for (Element e : doc.select("div, section, td, body")) {
            int score = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p") && p.text().length() >= 25) {
                    score += p.text().length();
                }
            }
            if (score > richestScore) {
                richest = e;
                richestScore = score;
            }
        }
        return richest != null ? richest : doc.body() != null ? doc.body() : doc;
    }

    private static String text(Element container, OffsetMap.Builder map, String html) {
        StringBuilder out = new StringBuilder();
        Elements blocks = container.select(BLOCKS);
        List<Element> outer = new ArrayList<>();
        for (Element b : blocks) {
            if (b.parents().stream().noneMatch(p -> p != container && p.is(BLOCKS) && container.equals(ancestor(p, container)))) {
                outer.add(b);
            }
        }
        if (outer.isEmpty()) {
            outer.add(container);
        }
        for (Element b : outer) {
            if (linkList(b)) {
                continue;
            }
            int before = out.length();
            if (before > 0) {
                out.append("\n\n");
            }
            int start = out.length();
            appendBlock(b, out, map, html);
            while (out.length() > start && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (out.length() == start) {
                out.setLength(before);
            }
        }
        return out.toString();
    }

    private static Element ancestor(Element p, Element container) {
        for (Element e = p; e != null; e = e.parent()) {
            if (e == container) {
                return container;
            }
        }
        return null;
    }

    /** A block that is mostly links and short: a menu or a list of related stories. */
    private static boolean linkList(Element b) {
        int all = b.text().length();
        int links = b.select("a").text().length();
        return all < 200 && all > 0 && links * 2 > all && !b.tagName().matches("h\\d");
    }

    /**
     * Appends a block's text with white space collapsed, adding a map point at each word: the word is looked up in
     * the text node's source, so character references before it ({@code &amp;}) do not shift it.
     */
    private static void appendBlock(Element block, StringBuilder out, OffsetMap.Builder map, String html) {
        int blockStart = out.length();
        block.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    int source = t.sourceRange().isTracked() ? t.sourceRange().start().pos() : -1;
                    int sourceEnd = source < 0 ? -1 : Math.min(html.length(), Math.max(source, t.sourceRange().end().pos()));
                    int cursor = source;
                    boolean mark = true;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00A0') {
                            if (out.length() > blockStart && out.charAt(out.length() - 1) != ' ') {
                                out.append(' ');
                            }
                            mark = true;
                        } else {
                            if (mark && source >= 0) {
                                int wordEnd = i;
                                while (wordEnd < s.length() && !Character.isWhitespace(s.charAt(wordEnd))) {
                                    wordEnd++;
                                }
                                String word = s.substring(i, wordEnd);
                                int found = html.indexOf(word, cursor);
                                int at = found >= 0 && found + word.length() <= sourceEnd ? found : cursor + 1;
                                map.point(out.length(), at);
                                cursor = Math.max(cursor, at);
                            }
                            mark = false;
                            out.append(c);
                        }
                    }
                } else if (node instanceof Element e && e.tagName().equals("br")
                        && out.length() > blockStart && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        });
    }
}
