package org.dossier.ingest.sources;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.feed.FeedArticles;
import org.dossier.ingest.html.HtmlArticles;
import org.dossier.ingest.html.HtmlBytes;
import org.dossier.ingest.http.AddressPolicy;
import org.dossier.ingest.http.HttpFetcher;
import org.dossier.ingest.warc.WarcArticles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every kind of input {@code dossier ingest} takes, each to its reader: text and JSON Lines ({@link ArticleReader}),
 * HTML pages ({@link HtmlArticles}), RSS and Atom feeds ({@link FeedArticles}), WARC files ({@link WarcArticles}),
 * folders of any of them, standard input, and http(s) URLs of pages or feeds. The kind is told by the file
 * extension, or for a URL by the Content-Type. Like {@link ArticleReader}, nothing here throws for bad input.
 */
public final class Sources {

    private static final long MAX_FILE = 64L * 1024 * 1024;

    private final ArticleReader articles;
    private final HttpFetcher fetcher;
    private final boolean fetchLocalFeedItems;

    /**
     * Reads URLs with {@code fetcher}, and the item pages of feeds fetched from a URL; the item links of a local
     * feed file are not fetched.
     *
     * @param fetcher for URLs and feed item pages; {@code null} to read local files only
     */
    public Sources(InputStream stdin, HttpFetcher fetcher) {
        this(stdin, fetcher, false);
    }

    /**
     * @param fetchLocalFeedItems whether the item links of a local feed file are fetched too ({@code --fetch-items}):
     *                            a file can name any address, so this is asked for, never assumed
     */
    public Sources(InputStream stdin, HttpFetcher fetcher, boolean fetchLocalFeedItems) {
        this.articles = new ArticleReader(stdin);
        this.fetcher = fetcher;
        this.fetchLocalFeedItems = fetchLocalFeedItems;
    }

    /**
     * The fetcher the command line uses: a user agent (default when {@code null}), a per-host delay, public
     * addresses only plus the hosts in {@code allowHosts} ({@code --allow-host}).
     */
    public static HttpFetcher fetcher(String userAgent, long delayMillis, Collection<String> allowHosts) {
        return HttpFetcher.standard(userAgent, Duration.ofMillis(delayMillis), AddressPolicy.allowing(allowHosts));
    }

    public void read(List<String> paths, Consumer<ArticleInput> sink) {
        for (String p : paths) {
            if (p.matches("(?i)^https?://.*")) {
                readUrl(p, sink);
                continue;
            }
            Path path = Path.of(p);
            if (!"-".equals(p) && Files.isDirectory(path)) {
                readFolder(path, sink);
            } else if (kind(p) != Kind.ARTICLES && Files.isRegularFile(path)) {
                readFile(path, kind(p), sink);
            } else {
                articles.read(List.of(p), sink);
            }
        }
    }

    enum Kind { ARTICLES, HTML, FEED, WARC, OTHER }

    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".jsonl") || n.equals("-")) {
            return Kind.ARTICLES;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return n.endsWith(".meta.json") ? Kind.OTHER : Kind.ARTICLES;
    }

    private void readFolder(Path dir, Consumer<ArticleInput> sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.endsWith(".meta.json") && !n.endsWith(".gold.json") && kind(n) != Kind.OTHER
                        && (kind(n) != Kind.ARTICLES || n.endsWith(".txt") || n.endsWith(".jsonl"));
            }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new ArticleInput.Failed(dir.toString(), dir + ": cannot list the folder (" + e.getMessage() + ")"));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new ArticleInput.Failed(dir.toString(), dir + ": no articles in this folder (.txt, .jsonl, "
                    + ".html, .xml/.rss/.atom feeds, .warc/.warc.gz)"));
        }
        for (Path f : files) {
            Kind k = kind(f.toString());
            if (k == Kind.ARTICLES) {
                articles.read(List.of(f.toString()), sink);
            } else {
                readFile(f, k, sink);
            }
        }
    }

    private void readFile(Path file, Kind kind, Consumer<ArticleInput> sink) {
        String origin = file.toString();
        if (kind == Kind.WARC) {
            WarcArticles.read(file, sink);
            return;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE) {
                sink.accept(new ArticleInput.Failed(origin, origin + ": the file is over " + MAX_FILE / (1024 * 1024)
                        + " MB; a page or feed that large is not news (split it, or give articles as .jsonl)"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.accept(new ArticleInput.Failed(origin, origin + ": cannot read (" + e.getMessage() + ")"));
            return;
        }
        if (binary(bytes)) {
            sink.accept(new ArticleInput.Failed(origin, origin + ": binary data, not " + (kind == Kind.HTML ? "HTML"
                    : "a feed") + "; check the file"));
            return;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (kind == Kind.HTML) {
            List<String> warnings = new ArrayList<>();
            String html = HtmlBytes.decode(bytes, null, warnings);
            sink.accept(withWarnings(HtmlArticles.read(html, null, origin, stem), warnings));
        } else {
            new FeedArticles(fetchLocalFeedItems ? fetcher : null).read(bytes, origin, sink);
        }
    }

    private void readUrl(String url, Consumer<ArticleInput> sink) {
        if (fetcher == null) {
            sink.accept(new ArticleInput.Failed(url, url + ": fetching is off here; save the page and give its file"));
            return;
        }
        HttpFetcher.Page page;
        try {
            page = fetcher.get(URI.create(url));
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(new ArticleInput.Failed(url, e.getMessage()));
            return;
        }
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        String head = new String(page.body(), 0, Math.min(page.body().length, 512),
                java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        boolean feed = type.contains("rss") || type.contains("atom") || ((type.contains("xml") || type.isEmpty())
                && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")));
        if (feed) {
            new FeedArticles(fetcher).read(page.body(), url, sink);
        } else if (type.contains("html") || type.isEmpty() || head.startsWith("<")) {
            List<String> warnings = new ArrayList<>();
            String html = HtmlBytes.decode(page.body(), page.contentType(), warnings);
            sink.accept(withWarnings(HtmlArticles.read(html, page.uri().toString(), url, HtmlArticles.idOf(url)),
                    warnings));
        } else {
            sink.accept(new ArticleInput.Failed(url, url + ": the server sent " + page.contentType()
                    + ", not a web page or feed"));
        }
    }

    private static ArticleInput withWarnings(ArticleInput in, List<String> warnings) {
        if (warnings.isEmpty() || !(in instanceof ArticleInput.Loaded l)) {
            return in;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(l.warnings());
        return new ArticleInput.Loaded(l.article(), all);
    }

    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
