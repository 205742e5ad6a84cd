package org.dossier.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of what produces a record, computed, never bumped by hand: the annotator profile (which names the
 * CoreNLP version and its configuration) and a SHA-256 over every class and resource file of the packages whose
 * code or word lists decide the output ({@link #OUTPUT_PACKAGES}: the annotation kernel and its lexicons, every
 * extractor with its lexicons, the pipeline, the model), read from where dossier-core was loaded (its jar or its
 * classes folder). Any change to a rule, a lexicon entry, the model records or the annotator profile gives another
 * version; the store keeps it per article, so {@code dossier reextract} knows what is out of date.
 *
 * <p>Computed once per process, in some milliseconds (about a megabyte of class and word-list files).
 */
public final class ExtractorVersion {

    /** The packages (as resource folders) whose classes and files decide what the pipeline extracts. */
    public static final List<String> OUTPUT_PACKAGES = List.of("org/dossier/annotate/", "org/dossier/extract/",
            "org/dossier/pipeline/", "org/dossier/model/");

    private static volatile String code;

    private ExtractorVersion() {
    }

    /** The version of a pipeline that annotates with {@code annotatorProfile}: {@code PROFILE+DIGEST}. */
    public static String of(String annotatorProfile) {
        return annotatorProfile + "+" + code();
    }

    /** The digest of the output packages as loaded in this process (16 hex digits). */
    public static String code() {
        String c = code;
        if (c == null) {
            c = digest(files(where()));
            code = c;
        }
        return c;
    }

    /** Where this class (and so dossier-core) was loaded from: a jar or a classes folder. */
    static Path where() {
        CodeSource source = ExtractorVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where dossier-core was loaded from, so cannot compute the "
                    + "extractor version; run Dossier from its jar or its classes folder");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("dossier-core was loaded from " + source.getLocation() + ", which is not "
                    + "a file; run Dossier from its jar or its classes folder", e);
        }
    }

    /**
     * The files of the output packages under {@code root} (a classes folder or a jar), by path relative to it
     * ({@code org/dossier/extract/event/event-lexicon.txt}), in path order.
     */
    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                        String name = root.relativize(p).toString().replace('\\', '/');
                        if (inOutputPackage(name)) {
                            out.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && inOutputPackage(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + " to compute the extractor version", e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(root + " holds none of " + OUTPUT_PACKAGES + ", so the extractor version "
                    + "cannot be computed; is it dossier-core?");
        }
        return out;
    }

    private static boolean inOutputPackage(String name) {
        return OUTPUT_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** SHA-256 over every path and content, in path order, as 16 hex digits. */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Integer.toString(f.getValue().length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue());
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
