package org.dossier.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One input file of the job, found on the driver: a text article ({@code .txt}, with its {@code NAME.meta.json}
 * sidecar when there is one), a JSON Lines file ({@code .jsonl}, one article object per line), a WARC file
 * ({@code .warc}, {@code .warc.gz}), or a path that could not be read ({@link Kind#MISSING}: its message goes to
 * the {@code errors} table).
 */
public record InputFile(Kind kind, String uri, String origin, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { TEXT, JSONL, WARC, MISSING }

    /**
     * The input files under {@code inputs} (files, folders walked recursively, globs), in sorted order; folders
     * keep {@code .txt}, {@code .jsonl}, {@code .warc} and {@code .warc.gz} files, as {@code dossier extract} and
     * {@code dossier ingest} do.
     */
    public static List<InputFile> list(Configuration conf, List<String> inputs) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                out.add(new InputFile(Kind.MISSING, input, input, input
                        + ": no such file or folder; check the path (any Hadoop file system URI: file:, hdfs:, s3a:, gs:, abfs:)"));
                continue;
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    List<InputFile> found = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        Kind k = kindOf(f.getPath().getName());
                        if (f.isFile() && k != null && !hidden(m.getPath(), f.getPath())) {
                            found.add(of(k, f.getPath()));
                        }
                    }
                    if (found.isEmpty()) {
                        out.add(new InputFile(Kind.MISSING, m.getPath().toString(), origin(m.getPath()),
                                origin(m.getPath()) + ": no .txt, .jsonl or .warc(.gz) articles in this folder"));
                    }
                    found.sort((a, b) -> a.uri().compareTo(b.uri()));
                    out.addAll(found);
                } else {
                    Kind k = kindOf(m.getPath().getName());
                    if (m.getPath().getName().endsWith(".meta.json")) {
                        out.add(new InputFile(Kind.MISSING, m.getPath().toString(), origin(m.getPath()),
                                origin(m.getPath()) + ": this is a metadata sidecar; name the article's .txt file instead"));
                    } else {
                        out.add(of(k == null ? Kind.TEXT : k, m.getPath()));
                    }
                }
            }
        }
        return out;
    }

    private static InputFile of(Kind k, Path p) {
        return new InputFile(k, p.toString(), origin(p), null);
    }

    /** What messages call a file: its local path for {@code file:} URIs (as {@code dossier extract} names it), else the URI. */
    static String origin(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (n.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return null;
    }
}
