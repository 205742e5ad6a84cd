package org.dossier.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.html.HtmlArticles;
import org.dossier.ingest.html.HtmlBytes;
import org.dossier.ingest.html.HtmlPage;
import org.dossier.ingest.http.HttpFetcher;
import org.dossier.model.Article;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an RSS or Atom feed into articles. An item whose content holds at least {@link #FULL_TEXT} characters of
 * text is taken as is; otherwise its page is fetched (when a fetcher is given) and read as HTML, falling back to the
 * item's own text with a warning. Each item's origin is {@code FEED item N}.
 */
public final class FeedArticles {

    /** Content at least this long (after removing markup) is taken to be the whole article. */
    static final int FULL_TEXT = 1000;

    private final HttpFetcher fetcher;

    /**
     * @param fetcher fetches item pages (only the addresses its policy allows); {@code null} to use only what the
     *                feed carries, as for a local feed file unless {@code --fetch-items} is given
     */
    public FeedArticles(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public void read(byte[] xml, String origin, Consumer<ArticleInput> sink) {
        Document dom;
        SyndFeed feed;
        try {
            dom = parse(xml);
            feed = new SyndFeedInput().build(dom);
        } catch (SAXParseException e) {
            sink.accept(new ArticleInput.Failed(origin, origin + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not an RSS or Atom feed, the XML is broken (" + e.getMessage() + ")"));
            return;
        } catch (Exception e) {
            sink.accept(new ArticleInput.Failed(origin, origin + ": not an RSS or Atom feed (" + e.getMessage() + ")"));
            return;
        }
        List<String> rawDates = rawDates(dom);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new ArticleInput.Failed(origin, origin + ": the feed has no items"));
        }
        for (int i = 0; i < entries.size(); i++) {
            String raw = i < rawDates.size() ? rawDates.get(i) : null;
            sink.accept(entry(entries.get(i), feed, origin + " item " + (i + 1), raw, origin, i + 1));
        }
    }

    private ArticleInput entry(SyndEntry e, SyndFeed feed, String origin, String rawDate, String feedOrigin, int n) {
        List<String> warnings = new ArrayList<>();
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String published = date == null ? null : date.toInstant().toString();
        if (date == null && rawDate != null) {
            warnings.add("item " + n + ": date '" + rawDate + "' is not RFC 822 (RSS) or RFC 3339 (Atom); the "
                    + "article has no publication date (fix the feed or give --published)");
        }
        String link = e.getLink() != null ? e.getLink().strip() : null;
        String content = contentOf(e);
        String contentText = null;
        if (content != null && !content.isBlank()) {
            try {
                contentText = HtmlArticles.page("<html><body><article>" + content + "</article></body></html>", link).text();
            } catch (IllegalArgumentException tooShort) {
                contentText = content.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            }
        }
        String id = link != null ? HtmlArticles.idOf(link) : e.getUri() != null ? HtmlArticles.idOf(e.getUri())
                : feedOrigin.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "") + "-" + n;
        String source = feed.getTitle() == null ? null : feed.getTitle().strip();
        if ((contentText == null || contentText.length() < FULL_TEXT) && fetcher != null && link != null
                && link.matches("^https?://.*")) {
            try {
                HttpFetcher.Page page = fetcher.get(URI.create(link));
                String html = HtmlBytes.decode(page.body(), page.contentType(), warnings);
                HtmlPage p = HtmlArticles.page(html, page.uri().toString());
                warnings.addAll(p.warnings());
                return new ArticleInput.Loaded(new Article(id, first(p.title(), e.getTitle()),
                        first(p.publisher(), source), link, first(p.published(), published), p.language(), p.text(),
                        origin), warnings);
            } catch (IOException | IllegalArgumentException ex) {
                if (contentText == null || contentText.length() < HtmlArticles.MIN_TEXT) {
                    return new ArticleInput.Failed(origin, origin + ": " + ex.getMessage());
                }
                warnings.add("the item's page could not be read (" + ex.getMessage() + "); the feed's own text was used");
            }
        }
        if (contentText == null || contentText.length() < HtmlArticles.MIN_TEXT) {
            return new ArticleInput.Failed(origin, origin + ": the item carries no article text"
                    + (link == null ? " and no link; nothing to ingest" : " and its page was not fetched (the item links of a "
                    + "feed file are fetched only with --fetch-items)"));
        }
        return new ArticleInput.Loaded(new Article(id, e.getTitle() == null ? null : e.getTitle().strip(), source, link,
                published, feed.getLanguage() == null ? "en" : feed.getLanguage().split("[-_]")[0], contentText, origin),
                warnings);
    }

    private static String contentOf(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                b.append(c.getValue()).append('\n');
            }
        }
        if (b.length() == 0 && e.getDescription() != null) {
            b.append(e.getDescription().getValue());
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml));
    }

    /** The date each item or entry states, as written, in document order ({@code null} when it states none). */
    private static List<String> rawDates(Document dom) {
        List<String> out = new ArrayList<>();
        collect(dom.getDocumentElement(), out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        if (name.equals("item") || name.equals("entry")) {
            String date = null;
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element ce) {
                    String n = ce.getLocalName() != null ? ce.getLocalName() : ce.getNodeName();
                    if (date == null && Set.of("pubDate", "published", "date", "updated", "issued").contains(n)) {
                        date = ce.getTextContent().strip();
                    }
                }
            }
            out.add(date);
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                collect(ce, out);
            }
        }
    }
}
