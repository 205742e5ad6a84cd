package org.dossier.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** dossier-cli's part of {@code docs/architecture.md}: commands over core and the web module, nothing below them. */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.dossier.cli");

    @Test
    void commandsReachModelsAndTheServerThroughCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("edu.stanford.nlp..",
                        "org.dossier.annotate.corenlp..", "io.javalin..", "gg.jte..", "org.dossier.bench..")
                .because("models load behind org.dossier.pipeline and the server starts through org.dossier.web")
                .check(CLI);
    }
}
