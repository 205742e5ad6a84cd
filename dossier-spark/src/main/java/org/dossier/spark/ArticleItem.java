package org.dossier.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.warc.WarcArticles;
import org.dossier.model.Article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One article as read on an executor, before extraction: the fields of {@link Article} and the reader's warnings,
 * or, when it could not be read, its origin and the message (file, position, fix) that goes to {@code errors}.
 * Plain strings, so that Spark can move it between executors.
 */
public record ArticleItem(String id, String title, String source, String url, String published, String language,
                          String text, String origin, List<String> warnings, String failure)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ArticleItem {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static ArticleItem of(ArticleInput input) {
        if (input instanceof ArticleInput.Loaded l) {
            Article a = l.article();
            return new ArticleItem(a.id(), a.title(), a.source(), a.url(), a.published(), a.language(), a.text(),
                    a.origin(), l.warnings(), null);
        }
        return failed(input.origin(), ((ArticleInput.Failed) input).message());
    }

    static ArticleItem failed(String origin, String message) {
        return new ArticleItem(null, null, null, null, null, null, null, origin, List.of(), message);
    }

    boolean ok() {
        return failure == null;
    }

    Article article() {
        return new Article(id, title, source, url, published, language, text, origin);
    }

    /**
     * Reads the articles of one input file from its Hadoop file system, with the readers of {@code dossier extract}
     * and {@code dossier ingest}; nothing here throws for bad input.
     */
    static void read(InputFile f, Configuration conf, Consumer<ArticleItem> sink) {
        if (f.kind() == InputFile.Kind.MISSING) {
            sink.accept(failed(f.origin(), f.message()));
            return;
        }
        Path path = new Path(f.uri());
        try {
            FileSystem fs = path.getFileSystem(conf);
            switch (f.kind()) {
                case TEXT -> {
                    byte[] text = bytes(fs, path);
                    Path sidecar = new Path(path.getParent(), ArticleReader.sidecarName(path.getName()));
                    byte[] meta = fs.exists(sidecar) ? bytes(fs, sidecar) : null;
                    sink.accept(of(ArticleReader.textArticle(text, meta, ArticleReader.stem(path.getName()), f.origin(),
                            InputFile.origin(sidecar))));
                }
                case JSONL -> {
                    try (InputStream in = fs.open(path)) {
                        ArticleReader.readJsonLines(in, f.origin(), input -> sink.accept(of(input)));
                    }
                }
                case WARC -> readWarc(fs, path, f.origin(), sink);
                default -> throw new IllegalStateException(f.kind().toString());
            }
        } catch (IOException e) {
            sink.accept(failed(f.origin(), f.origin() + ": cannot read (" + e.getMessage() + "); check the URI and "
                    + "the executors' access to it"));
        }
    }

    /** WARC files are read from a local copy (the WARC reader seeks); messages name the original URI. */
    private static void readWarc(FileSystem fs, Path path, String origin, Consumer<ArticleItem> sink) throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("dossier-warc");
        java.nio.file.Path local = dir.resolve(path.getName());
        try {
            try (FSDataInputStream in = fs.open(path); var out = Files.newOutputStream(local)) {
                IOUtils.copyBytes(in, out, 1 << 16);
            }
            String tmp = local.toString();
            WarcArticles.read(local, input -> {
                ArticleItem item = of(input);
                sink.accept(new ArticleItem(item.id, item.title, item.source, item.url, item.published, item.language,
                        item.text, item.origin.replace(tmp, origin), item.warnings,
                        item.failure == null ? null : item.failure.replace(tmp, origin)));
            });
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    private static byte[] bytes(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

}
