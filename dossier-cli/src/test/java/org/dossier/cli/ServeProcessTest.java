package org.dossier.cli;

import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code dossier serve} process, stopped with SIGTERM as a service manager stops it: the store is closed
 * before the JVM exits, so SQLite merges its {@code -wal} file back into the database; the access log has the
 * request.
 */
class ServeProcessTest {

    @TempDir
    Path dir;

    @Test
    void sigtermClosesTheStoreAndMergesTheWal() throws Exception {
        Path db = dir.resolve("d.db");
        Path wal = dir.resolve("d.db-wal");
        Path log = dir.resolve("access.log");
        Path output = dir.resolve("serve.out");
        JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC()).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--db", db.toString(), "--port", "0", "--access-log", log.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String url = null;
            for (int i = 0; i < 600 && url == null && p.isAlive(); i++) {
                Thread.sleep(100);
                Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/").matcher(Files.readString(output));
                url = m.find() ? m.group(1) : null;
            }
            assertThat(url).as("serve did not start: " + Files.readString(output)).isNotNull();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                    + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(wal).as("the store is open in WAL mode while serving").exists();

            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
            assertThat(Files.readString(output)).as("exit " + p.exitValue()).contains("serve: stopped; the store is closed");
            assertThat(wal).as("the -wal file is merged and removed on SIGTERM").doesNotExist();
            assertThat(Files.readAllLines(log)).singleElement().asString()
                    .matches("\\S+Z GET /api/articles 200 \\d+ms");
        } finally {
            p.destroyForcibly();
        }
    }
}
