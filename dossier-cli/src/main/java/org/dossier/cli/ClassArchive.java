package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Class-data sharing for the JVM {@code dossier spark} starts, as the launcher ({@code ./dossier}) has it for the
 * command line's own JVM: the classes the job loads (Spark's, Hadoop's, Parquet's, CoreNLP's, Dossier's) are recorded
 * once into {@code dossier-cli/target/dossier-spark.jsa} ({@code -XX:ArchiveClassesAtExit}, at the end of the first
 * run after a build), and later runs map them from the archive instead of loading and verifying them again. A
 * missing or stale archive (a jar on the class path newer than it) is recorded again by the next run; one the JVM
 * cannot use only costs that saving ({@code -Xshare:auto}). {@code DOSSIER_CDS=0} turns it off, as for the launcher.
 *
 * @param file      the archive
 * @param recording whether this run records it (at its end) rather than uses it
 */
record ClassArchive(Path file, boolean recording) {

    /** The archive for the Spark job's JVM with class path {@code classPath}; {@code null} when off or run from classes. */
    static ClassArchive forJob(String classPath, String cdsSetting) {
        if ("0".equals(cdsSetting)) {
            return null;
        }
        Path own;
        try {
            own = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        if (!Files.isRegularFile(own) || own.getParent() == null) {
            return null;                // run from target/classes (an IDE, a test): nothing stable to record
        }
        Path file = own.getParent().resolve("dossier-spark.jsa");
        Path failed = own.getParent().resolve("dossier-spark.jsa.failed");
        FileTime newest = newest(classPath);
        if (usable(file, newest)) {
            return new ClassArchive(file, false);
        }
        if (usable(failed, newest)) {
            return null;                // recording failed since the last build: do not pay for it on every run
        }
        return new ClassArchive(file, true);
    }

    private static boolean usable(Path p, FileTime newest) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0
                    && (newest == null || Files.getLastModifiedTime(p).compareTo(newest) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The latest modification time of the jars on {@code classPath}. */
    private static FileTime newest(String classPath) {
        FileTime newest = null;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            try {
                Path p = Path.of(entry);
                if (Files.isRegularFile(p)) {
                    FileTime t = Files.getLastModifiedTime(p);
                    if (newest == null || t.compareTo(newest) > 0) {
                        newest = t;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an entry that is not there is not on the class path either
            }
        }
        return newest;
    }

    private Path temporary() {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The JVM options: record into a temporary file at exit, or map the archive. */
    List<String> options() {
        List<String> o = new ArrayList<>();
        o.add(recording ? "-XX:ArchiveClassesAtExit=" + temporary() : "-XX:SharedArchiveFile=" + file);
        if (!recording) {
            o.add("-Xshare:auto");
        }
        o.add("-Xlog:cds=off");
        o.add("-Xlog:cds+dynamic=off");
        return o;
    }

    /** After the run: keeps a recorded archive (when the run succeeded and wrote one), or notes that it failed. */
    void finish(boolean succeeded, PrintWriter err) {
        if (!recording) {
            return;
        }
        Path tmp = temporary();
        try {
            if (succeeded && Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(tmp);
                if (succeeded) {
                    Files.writeString(file.resolveSibling(file.getFileName() + ".failed"), "");
                    err.println("dossier: could not record the Spark job's class archive; later runs start without it");
                }
            }
        } catch (IOException e) {
            err.println("dossier: could not keep the Spark job's class archive " + file + " (" + e.getMessage() + ")");
        }
    }
}
