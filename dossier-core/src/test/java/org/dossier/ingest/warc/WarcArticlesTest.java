package org.dossier.ingest.warc;

import org.dossier.ingest.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarcArticlesTest {

    @TempDir
    Path dir;

    private static byte[] http(String status, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** File size after each record written by the last {@link #warc} call (record boundaries). */
    private final List<Long> boundaries = new ArrayList<>();

    private Path warc(String name, int pages) throws IOException {
        Path file = dir.resolve(name);
        boundaries.clear();
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 1; i <= pages; i++) {
                String html = "<html><head><meta property=\"article:published_time\" content=\"2024-12-1" + i
                        + "\"></head><body><article><p>Story " + i + ": the harbour strike in Rotterdam entered its "
                        + "day " + i + " as talks stalled again.</p></article></body></html>";
                w.write(new WarcResponse.Builder(URI.create("https://news.example/story-" + i))
                        .body(MediaType.HTTP_RESPONSE, http("200 OK", "text/html; charset=utf-8", html)).build());
                boundaries.add(Files.size(file));
                w.write(new WarcResponse.Builder(URI.create("https://news.example/logo-" + i + ".png"))
                        .body(MediaType.HTTP_RESPONSE, http("200 OK", "image/png", "PNG")).build());
                boundaries.add(Files.size(file));
            }
        }
        return file;
    }

    @Test
    void htmlResponsesBecomeArticles() throws IOException {
        List<ArticleInput> in = new ArrayList<>();
        WarcArticles.read(warc("news.warc.gz", 3), in::add);
        assertThat(in).hasSize(3).allSatisfy(a -> assertThat(a).isInstanceOf(ArticleInput.Loaded.class));
        ArticleInput.Loaded first = (ArticleInput.Loaded) in.get(0);
        assertThat(first.article().id()).isEqualTo("news.example-story-1");
        assertThat(first.article().url()).isEqualTo("https://news.example/story-1");
        assertThat(first.article().published()).isEqualTo("2024-12-11");
        assertThat(first.article().text()).startsWith("Story 1: the harbour strike");
        assertThat(first.article().origin()).startsWith(dir.resolve("news.warc.gz") + "@");
    }

    @Test
    void aTruncatedFileKeepsWhatCameBeforeAndSaysWhere() throws IOException {
        Path whole = warc("whole.warc.gz", 6);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        // cut in the middle of the fourth page's record: a cut on a record boundary would just be a shorter file
        int at = (int) ((boundaries.get(5) + boundaries.get(6)) / 2);
        Files.write(cut, java.util.Arrays.copyOf(bytes, at));
        List<ArticleInput> in = new ArrayList<>();
        WarcArticles.read(cut, in::add);
        assertThat(in).isNotEmpty();
        ArticleInput last = in.get(in.size() - 1);
        assertThat(last).isInstanceOf(ArticleInput.Failed.class);
        assertThat(((ArticleInput.Failed) last).message()).startsWith(cut.toString())
                .contains("truncated or damaged at byte").contains("pages before were read");
        assertThat(in.subList(0, in.size() - 1)).allSatisfy(a -> assertThat(a).isInstanceOf(ArticleInput.Loaded.class));
    }
}
