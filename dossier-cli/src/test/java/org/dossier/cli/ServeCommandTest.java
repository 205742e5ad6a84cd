package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier serve}: starts on loopback over the store, answers, stops; bad options are refused with the fix. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final CountDownLatch stop = new CountDownLatch(1);

    private CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ServeCommand.class) {
                    return cls.cast(new ServeCommand(() -> FakePipelines.capitalized(0), stop));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    @Test
    void servesTheStoreOnLoopbackUntilStopped() throws Exception {
        String db = dir.resolve("d.db").toString();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = pool.submit(() -> commandLine().execute("serve", "--db", db, "--port", "0",
                    "--allow-ingest", "--token", "a-long-test-token"));
            String url = null;
            for (int i = 0; i < 200 && url == null; i++) {
                Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/").matcher(err.toString());
                url = m.find() ? m.group(1) : null;
                Thread.sleep(50);
            }
            assertThat(url).as(err.toString()).isNotNull();
            assertThat(err.toString()).contains("ingest on").doesNotContain("warning");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                    + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"articles\":[]");
            stop.countDown();
            assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badOptionsAreRefusedWithTheFix() {
        String db = dir.resolve("d.db").toString();
        assertThat(commandLine().execute("serve", "--db", db, "--allow-ingest")).isEqualTo(2);
        assertThat(err.toString()).contains("--allow-ingest needs --token");
        assertThat(commandLine().execute("serve", "--db", db, "--token", "a-long-test-token")).isEqualTo(2);
        assertThat(err.toString()).contains("--token is only used with --allow-ingest");
        assertThat(commandLine().execute("serve", "--db", db, "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port 70000 is not a TCP port");
        assertThat(commandLine().execute("serve", "--db", db, "--allow-ingest", "--token", "short")).isEqualTo(2);
        assertThat(err.toString()).contains("--token must be at least 8 characters");
        assertThat(commandLine().execute("serve", "--db", db, "--allowed-host", "https://dossier.example/"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--allowed-host 'https://dossier.example/' is not a host name")
                .contains("no scheme, no port");
        assertThat(commandLine().execute("serve", "--db", db, "--port", "0", "--access-log",
                dir.resolve("no/such/folder/access.log").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--access-log").contains("a folder that exists and is writable");
    }
}
