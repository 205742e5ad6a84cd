package org.dossier.cli;

import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.store.StoreException;
import org.dossier.web.WebOptions;
import org.dossier.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@code dossier serve}: the store as a web application and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a web application (search, article, entity and timeline pages) and a "
                + "JSON API under /api/ (described at /api/openapi.json). Runs until stopped (Ctrl-C).",
                "Listens on 127.0.0.1 only unless --host says otherwise, and answers only requests addressed to it "
                        + "(Host: localhost, 127.0.0.1, [::1], the bound address, or a name given with --allowed-host; "
                        + "any other gets 421). Ingest from the browser is off unless --allow-ingest and --token are "
                        + "given; it then fetches only public addresses unless --allow-host names a host. "
                        + "See docs/security.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the store cannot be opened or the port is taken", "2:bad command line"})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + WebOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "interface).")
    String host;

    @Option(names = "--allow-ingest", description = "Let the browser and POST /api/ingest queue articles (needs --token).")
    boolean allowIngest;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token every write must carry (Authorization: Bearer TOKEN, or the form's token field).")
    String token;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + WebOptions.DEFAULT_REQUESTS_PER_MINUTE,
            description = "Requests per minute one client address may make (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + WebOptions.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body accepted, uploads included (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "Also answer requests addressed to NAME, with any port (repeatable): the name other "
                    + "machines or a reverse proxy use to reach this server.")
    List<String> allowedHosts = List.of();

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Let browser ingest fetch from HOST although it is on this machine or a private network "
                    + "(repeatable). By default only public addresses are fetched.")
    List<String> allowHosts = List.of();

    @Option(names = "--access-log", paramLabel = "FILE|-",
            description = "Append one line per request (time, method, path without the query, status, ms) to FILE, "
                    + "or write it to standard output with -.")
    String accessLog;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "For browser ingest: keep CoreNLP annotations in DIR and reuse them.")
    Path annotationCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DossierPipeline> pipelineFactory;
    private final CountDownLatch stop;

    public ServeCommand() {
        this(DossierPipelines::standard, new CountDownLatch(1));
    }

    /** For tests: a pipeline of their own, and a latch that stops the server when counted down. */
    ServeCommand(Supplier<DossierPipeline> pipelineFactory, CountDownLatch stop) {
        this.pipelineFactory = pipelineFactory;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (allowIngest != (token != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), allowIngest
                    ? "--allow-ingest needs --token TOKEN (a long random string, e.g. from 'openssl rand -hex 16')"
                    : "--token is only used with --allow-ingest");
        }
        WebOptions options;
        try {
            options = new WebOptions(host, port, allowIngest ? token : null, rateLimit, maxRequestBytes, allowedHosts,
                    allowHosts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter log = accessLog == null ? null : openAccessLog();
        Consumer<String> logLine = log == null ? null : line -> {
            synchronized (log) {
                log.println(line);
                log.flush();
            }
        };
        Supplier<DossierPipeline> pipeline = annotationCache != null
                ? () -> DossierPipelines.cached(annotationCache) : pipelineFactory;
        WebServer server;
        try {
            server = WebServer.start(store.location(), options, pipeline, Clock.systemUTC(), logLine);
        } catch (StoreException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            closeLog(log);
            return 1;
        }
        // SIGTERM or Ctrl-C: stop serving and close the store before the JVM goes, so SQLite merges its -wal file
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dossier-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println("serve: " + server.describeStore() + " at " + server.url() + "/ (API: " + server.url()
                + "/api/openapi.json)" + (options.ingestAllowed() ? "; ingest on" : "") + "; Ctrl-C stops");
        if (!options.host().equals(WebOptions.DEFAULT_HOST) && !options.host().equals("localhost")
                && !options.host().equals("::1")) {
            err.println("warning: listening on " + options.host() + ": other machines can read the store");
        }
        err.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                server.close();
            } catch (RuntimeException e) {
                err.println("error: while stopping: " + e.getMessage());
            }
            closeLog(log);
            err.println("serve: stopped; the store is closed");
            err.flush();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook has run
            }
        }
        return 0;
    }

    private PrintWriter openAccessLog() {
        if (accessLog.equals("-")) {
            return spec.commandLine().getOut();
        }
        try {
            return new PrintWriter(Files.newBufferedWriter(Path.of(accessLog), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--access-log " + accessLog + ": cannot write "
                    + "there (" + e.getMessage() + "); give a file in a folder that exists and is writable, or - "
                    + "for standard output");
        }
    }

    private void closeLog(PrintWriter log) {
        if (log != null && !"-".equals(accessLog)) {
            log.close();
        }
    }
}
