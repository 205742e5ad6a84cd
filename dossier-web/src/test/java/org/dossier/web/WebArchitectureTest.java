package org.dossier.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** dossier-web's part of {@code docs/architecture.md}: on top of core, through the pipeline and the store's API. */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.dossier.web");

    @Test
    void noPackageCycles() {
        slices().matching("org.dossier.(web..)").namingSlices("$1").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void theViewsReadRecordsAndQueryRowsOnly() {
        noClasses().that().resideInAPackage("org.dossier.web.view..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.dossier.store..", "org.dossier.pipeline..",
                        "org.dossier.ingest..")
                .because("the view models are plain data for the templates; routes do the serving and the reading")
                .check(WEB);
    }

    @Test
    void noCoreNlpAndNoCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("edu.stanford.nlp..",
                        "org.dossier.annotate.corenlp..", "picocli..", "org.dossier.cli..")
                .because("models load behind org.dossier.pipeline; the command line is a module above the web")
                .check(WEB);
    }
}
