package org.dossier.cli;

import com.sun.net.httpserver.HttpServer;
import org.dossier.pipeline.FakePipelines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier ingest} fetches only public addresses unless {@code --allow-host} names the host, and a local
 * feed's item links only with {@code --fetch-items}; a failure no command caught is one line without Java's class
 * names.
 */
class FetchOptionsTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> hits = new CopyOnWriteArrayList<>();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.add(ex.getRequestURI().getPath());
            byte[] b = ("<html><head><title>Air defense</title></head><body><article><p>President Zelensky visited "
                    + "Brussels on Wednesday and met NATO leaders about air defense before the winter.</p></article>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int ingest(String... args) {
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(() -> FakePipelines.capitalized(0),
                            new ByteArrayInputStream(new byte[0])));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aLoopbackUrlIsRefusedUnlessItsHostIsAllowed() {
        String url = "http://localhost:" + server.getAddress().getPort() + "/story";
        String db = dir.resolve("d.db").toString();
        assertThat(ingest("ingest", "--db", db, url)).isEqualTo(1);
        assertThat(err.toString()).contains("refused").contains("'localhost' is 127.0.0.1")
                .contains("--allow-host localhost").contains("1 failed");
        assertThat(hits).isEmpty();

        assertThat(ingest("ingest", "--db", db, "--allow-host", "localhost", url)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("1 stored");
        assertThat(hits).containsExactly("/story");
    }

    @Test
    void aLocalFeedFileHasItsItemLinksFetchedOnlyWithFetchItems() throws IOException {
        Path feed = dir.resolve("wire.rss");
        java.nio.file.Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Air defense</title><link>http://127.0.0.1:" + server.getAddress().getPort()
                + "/item-1</link><description>Short.</description></item></channel></rss>");
        String db = dir.resolve("d.db").toString();
        assertThat(ingest("ingest", "--db", db, "--allow-host", "127.0.0.1", feed.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--fetch-items");
        assertThat(hits).isEmpty();

        assertThat(ingest("ingest", "--db", db, "--allow-host", "127.0.0.1", "--fetch-items", feed.toString()))
                .as(err.toString()).isZero();
        assertThat(hits).containsExactly("/item-1");
    }

    @Test
    void failuresAreWordsWithoutClassNames() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.withErrorMessages(new CommandLine(new Failing()));
        cl.setErr(new PrintWriter(out, true));
        assertThat(cl.execute()).isEqualTo(1);
        assertThat(out.toString().strip()).isEqualTo("error: /srv/x.db: disk I/O error");
        assertThat(Main.describe(new RuntimeException(new java.io.UncheckedIOException(
                new java.io.IOException("java.nio.file.AccessDeniedException: d.db"))))).isEqualTo("d.db");
        assertThat(Main.describe(new NullPointerException())).contains("unexpected failure").doesNotContain("Null");
        assertThat(org.dossier.pipeline.OrderedWork.failureMessage("a.txt", new IllegalStateException(
                new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 3"))))
                .isEqualTo("a.txt: extraction failed (Index 7 out of bounds for length 3); the article was skipped, "
                        + "please report this with the article");
        assertThat(org.dossier.pipeline.OrderedWork.failureMessage("a.txt", new NullPointerException()))
                .contains("an unexpected failure inside the extractors").doesNotContain("Null");
    }

    @CommandLine.Command(name = "failing")
    static final class Failing implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException(new java.sql.SQLException("/srv/x.db: disk I/O error"));
        }
    }
}
