package org.dossier.pipeline;

import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extractor version follows every class and word list that decides the output, and nothing else. */
class ExtractorVersionTest {

    @TempDir
    Path dir;

    private void write(Path root, String name, String content) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private Path classes() throws IOException {
        Path root = dir.resolve("classes");
        write(root, "org/dossier/extract/event/event-lexicon.txt", "meet\tMEETING\nvisit\tVISIT\n");
        write(root, "org/dossier/extract/entity/honorifics.txt", "Dr.\nMr.\n");
        write(root, "org/dossier/annotate/Token.class", "bytecode");
        write(root, "org/dossier/store/jdbc/migrations/sqlite/V1__corpus.sql", "CREATE TABLE articles (pk INTEGER);");
        return root;
    }

    @Test
    void aChangedLexiconEntryChangesTheVersion() throws IOException {
        Path root = classes();
        String before = ExtractorVersion.digest(ExtractorVersion.files(root));
        write(root, "org/dossier/extract/event/event-lexicon.txt", "meet\tMEETING\nvisit\tMEETING\n");
        assertThat(ExtractorVersion.digest(ExtractorVersion.files(root))).isNotEqualTo(before).hasSize(16);
    }

    @Test
    void aChangedClassOrANewFileChangesItButTheStoreDoesNot() throws IOException {
        Path root = classes();
        String before = ExtractorVersion.digest(ExtractorVersion.files(root));
        write(root, "org/dossier/store/jdbc/migrations/sqlite/V2__search.sql", "CREATE VIRTUAL TABLE x;");
        assertThat(ExtractorVersion.digest(ExtractorVersion.files(root))).as("the store decides no extraction")
                .isEqualTo(before);
        write(root, "org/dossier/annotate/Token.class", "other bytecode");
        String afterClass = ExtractorVersion.digest(ExtractorVersion.files(root));
        assertThat(afterClass).isNotEqualTo(before);
        write(root, "org/dossier/extract/claim/cues.tsv", "say\n");
        assertThat(ExtractorVersion.digest(ExtractorVersion.files(root))).isNotEqualTo(afterClass);
    }

    @Test
    void aJarAndItsClassesFolderHaveTheSameVersion() throws IOException {
        Path root = classes();
        Path jar = dir.resolve("dossier-core.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> f : ExtractorVersion.files(root).entrySet()) {
                out.putNextEntry(new JarEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("org/dossier/store/Store.class"));
            out.write("not in the version".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(ExtractorVersion.digest(ExtractorVersion.files(jar)))
                .isEqualTo(ExtractorVersion.digest(ExtractorVersion.files(root)));
    }

    @Test
    void somethingThatIsNotDossierCoreIsRefusedWithTheReason() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (OutputStream out = Files.newOutputStream(empty.resolve("README"))) {
            out.write(1);
        }
        assertThatThrownBy(() -> ExtractorVersion.files(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is it dossier-core?");
    }

    @Test
    void theStandardVersionNamesTheAnnotatorProfileAndReadsTheRealLexicons() {
        String v = DossierPipelines.standardVersion();
        assertThat(v).startsWith(CoreNlpAnnotator.PROFILE + "+").isEqualTo(DossierPipelines.standardVersion());
        assertThat(v).isNotEqualTo(ExtractorVersion.of(DossierPipeline.CUSTOM_PROFILE));
        assertThat(ExtractorVersion.files(ExtractorVersion.where())).containsKeys(
                "org/dossier/extract/event/event-lexicon.tsv", "org/dossier/annotate/lexicon/modality.tsv",
                "org/dossier/pipeline/DossierPipeline.class");
        assertThat(FakePipelines.capitalized().version()).isEqualTo(ExtractorVersion.of(DossierPipeline.CUSTOM_PROFILE));
    }

    @Test
    void pipelinesFromDifferentLexiconsHaveDifferentVersions() {
        assertThat(FakePipelines.withLexicon("met\n").version()).isEqualTo(FakePipelines.withLexicon("met\n").version())
                .isNotEqualTo(FakePipelines.withLexicon("met\nvisited\n").version());
    }
}
