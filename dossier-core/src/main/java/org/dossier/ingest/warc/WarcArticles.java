package org.dossier.ingest.warc;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.html.HtmlArticles;
import org.dossier.ingest.html.HtmlBytes;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the HTML pages of a WARC file (gzipped or not) as articles: {@code response} records with status 200 and
 * {@code resource} records, of type {@code text/html} or {@code application/xhtml+xml}; the rest (requests,
 * metadata, images, redirects) is passed over. Each article's origin is {@code FILE@OFFSET}.
 */
public final class WarcArticles {

    private static final long MAX_BODY = 20L * 1024 * 1024;

    private WarcArticles() {
    }

    public static void read(Path file, Consumer<ArticleInput> sink) {
        int pages = 0;
        long position = 0;
        List<String> lenient = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(lenient::add);
            while (true) {
                position = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    long size = java.nio.file.Files.size(file);
                    long end = reader.position();
                    if (end < size) {
                        position = end;
                        throw new java.io.EOFException("the file ends inside a record, " + (size - end)
                                + " bytes after the last whole one");
                    }
                    break;
                }
                ArticleInput in = record(next.get(), file + "@" + position, lenient);
                lenient.clear();
                if (in != null) {
                    pages++;
                    sink.accept(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new ArticleInput.Failed(file + "@" + position, file + ": the WARC file is truncated or damaged "
                    + "at byte " + position + " (" + e.getMessage() + "); the " + pages + " pages before were read, "
                    + "re-download the file to get the rest"));
            return;
        }
        if (pages == 0) {
            sink.accept(new ArticleInput.Failed(file.toString(), file + ": no HTML pages in this WARC file"));
        }
    }

    /** The article in one record, or {@code null} when the record holds no page. */
    private static ArticleInput record(WarcRecord record, String origin, List<String> lenient) throws IOException {
        MediaType type;
        InputStream body;
        String url;
        if (record instanceof WarcResponse resp) {
            if (!resp.contentType().base().equals(MediaType.HTTP)) {
                return null;
            }
            HttpResponse http = resp.http();
            if (http.status() != 200) {
                return null;
            }
            type = http.contentType();
            body = http.body().stream();
            url = resp.target();
        } else if (record instanceof WarcResource res) {
            type = res.contentType();
            body = res.body().stream();
            url = res.target();
        } else {
            return null;
        }
        String base = type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return null;
        }
        byte[] bytes = body.readNBytes((int) MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return new ArticleInput.Failed(origin, origin + ": the page at " + url + " is over "
                    + MAX_BODY / (1024 * 1024) + " MB; not an article");
        }
        List<String> warnings = new ArrayList<>();
        lenient.forEach(w -> warnings.add("WARC record repaired: " + w));
        String html = HtmlBytes.decode(bytes, type.toString(), warnings);
        ArticleInput in = HtmlArticles.read(html, url, origin, HtmlArticles.idOf(url));
        if (in instanceof ArticleInput.Loaded l && !warnings.isEmpty()) {
            warnings.addAll(l.warnings());
            return new ArticleInput.Loaded(l.article(), warnings);
        }
        return in;
    }
}
