package org.dossier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of {@code docs/architecture.md}, checked on dossier-core's classes: which package may use which, no
 * package cycles, CoreNLP only behind {@code annotate.corenlp}, no command-line or web framework in core. A package
 * here stands for itself and its sub-packages unless a sub-package is listed on its own ({@code annotate.lexicon},
 * {@code store.jdbc}); the table below is the one in the document, lowest layer first.
 */
class ArchitectureTest {

    private static final String ROOT = "org.dossier.";
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.dossier");

    private static final Set<String> KERNEL = Set.of("model", "annotate", "annotate.lexicon");
    private static final Set<String> EXTRACT_BASE = Set.of("extract.time", "extract.quote", "extract.entity");
    private static final Set<String> EXTRACT = Set.of("extract.time", "extract.quote", "extract.entity",
            "extract.claim", "extract.event");

    /** Each package of core with the packages of ours it may use (besides its own sub-packages), lowest first. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", Set.of());
        MAY_USE.put("annotate", Set.of("model", "annotate.lexicon"));
        MAY_USE.put("annotate.lexicon", Set.of("model", "annotate"));
        MAY_USE.put("annotate.corenlp", KERNEL);
        MAY_USE.put("ingest", Set.of("model"));
        // a list, not the set: the order of the test cases (and their numbers in the report) stays fixed
        for (String base : List.of("extract.time", "extract.quote", "extract.entity")) {
            MAY_USE.put(base, union(KERNEL, EXTRACT_BASE));
        }
        MAY_USE.put("extract.claim", union(KERNEL, EXTRACT_BASE));
        MAY_USE.put("extract.event", union(KERNEL, EXTRACT));
        MAY_USE.put("merge", Set.of("model", "annotate.lexicon", "extract.entity"));
        MAY_USE.put("pipeline", union(KERNEL, EXTRACT, Set.of("annotate.corenlp")));
        MAY_USE.put("timeline", Set.of("model", "merge"));
        MAY_USE.put("export", Set.of("model", "merge", "timeline"));
        MAY_USE.put("store", Set.of("model", "merge", "timeline", "export"));
        MAY_USE.put("store.jdbc", Set.of("model", "merge", "timeline", "export", "store"));
        MAY_USE.put("query", union(KERNEL, EXTRACT, Set.of("ingest", "merge", "pipeline", "timeline", "export",
                "store")));
        MAY_USE.put("corpus", union(KERNEL, EXTRACT, Set.of("ingest", "merge", "pipeline", "timeline", "export",
                "store", "query")));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    /** The package of the table a Java package belongs to: the longest entry that is it or a parent of it. */
    static String componentOf(String javaPackage) {
        String best = null;
        for (String c : MAY_USE.keySet()) {
            String p = ROOT + c;
            boolean inside = javaPackage.equals(p) || javaPackage.startsWith(p + ".");
            if (inside && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    private static DescribedPredicate<JavaClass> in(String component) {
        return DescribedPredicate.describe("are in " + ROOT + component,
                c -> component.equals(componentOf(c.getPackageName())));
    }

    private static DescribedPredicate<JavaClass> oursExcept(String component, Set<String> allowed) {
        return DescribedPredicate.describe("are in a package of ours other than " + component
                + (allowed.isEmpty() ? "" : " and " + String.join(", ", new TreeSet<>(allowed))), c -> {
                    String other = componentOf(c.getPackageName());
                    return c.getPackageName().startsWith("org.dossier")
                            && !component.equals(other) && (other == null || !allowed.contains(other));
                });
    }

    static Stream<Arguments> layers() {
        List<Arguments> out = new ArrayList<>();
        MAY_USE.forEach((c, allowed) -> out.add(Arguments.of(c, allowed)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} uses only {1}")
    @MethodSource("layers")
    void eachPackageUsesOnlyTheLayersItMay(String component, Set<String> allowed) {
        noClasses().that(in(component)).should().dependOnClassesThat(oursExcept(component, allowed))
                .because("docs/architecture.md: " + component + " may use only "
                        + (allowed.isEmpty() ? "nothing of ours" : String.join(", ", new TreeSet<>(allowed))))
                .allowEmptyShould(true) // corpus is new: the rule holds before its first class
                .check(CORE);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.dossier.(**)").namingSlices("$1").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void everyClassIsInAPackageTheArchitectureNames() {
        List<String> patterns = MAY_USE.keySet().stream().map(c -> ROOT + c + "..").toList();
        classes().should().resideInAnyPackage(patterns.toArray(String[]::new))
                .because("a new package gets its place in docs/architecture.md and in this test's table first")
                .check(CORE);
    }

    @Test
    void onlyAnnotateCoreNlpImportsCoreNlp() {
        noClasses().that(DescribedPredicate.not(in("annotate.corenlp"))).should().dependOnClassesThat()
                .resideInAPackage("edu.stanford.nlp..")
                .because("annotate.corenlp is the one adapter to CoreNLP; the rest reads annotate's own records")
                .check(CORE);
    }

    @Test
    void coreUsesNoCommandLineOrWebFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..", "gg.jte..",
                        "org.dossier.cli..", "org.dossier.web..", "org.dossier.bench..")
                .because("the command line and the web server are modules on top of core")
                .check(CORE);
    }
}
