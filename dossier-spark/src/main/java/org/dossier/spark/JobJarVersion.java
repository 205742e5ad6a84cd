package org.dossier.spark;

import org.dossier.pipeline.ExtractorVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;

/**
 * The extractor version inside the job jar. {@link ExtractorVersion} digests dossier-core's class files as loaded;
 * in the shaded job jar they are the same classes with their references to relocated libraries (Jackson) rewritten,
 * so the digest would differ from that of the dossier-core the jar was built from, and imported records would look
 * made by another version than {@code dossier extract}'s. The build therefore writes the digest of that
 * dossier-core beside the job's classes ({@link #main}, before shading), and inside the job jar that digest is the
 * one reported.
 */
public final class JobJarVersion {

    static final String RESOURCE = "org/dossier/spark/extractor-code.txt";

    private JobJarVersion() {
    }

    /** Build step: writes {@link ExtractorVersion#code()} of the dossier-core on the class path to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, ExtractorVersion.code() + "\n", StandardCharsets.UTF_8);
    }

    /**
     * {@code version} (a pipeline's, {@code PROFILE+DIGEST}) with the digest of the dossier-core the job jar was built
     * from, when dossier-core runs from inside the job jar; {@code version} itself otherwise (tests, local mode).
     */
    static String of(String version) {
        String built = builtCode();
        String now = ExtractorVersion.code();
        if (built == null || built.equals(now) || !insideJobJar() || !version.endsWith("+" + now)) {
            return version;
        }
        return version.substring(0, version.length() - now.length()) + built;
    }

    private static boolean insideJobJar() {
        return Objects.equals(location(ExtractorVersion.class), location(JobJarVersion.class));
    }

    private static String location(Class<?> c) {
        CodeSource s = c.getProtectionDomain().getCodeSource();
        return s == null || s.getLocation() == null ? null : s.getLocation().toString();
    }

    private static String builtCode() {
        try (InputStream in = JobJarVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
