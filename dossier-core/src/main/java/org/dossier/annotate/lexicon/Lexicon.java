package org.dossier.annotate.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The kernel lexicon: the word lists more than one layer reads, each a file in the one lexicon format
 * ({@link LexiconFile}) under {@code org/dossier/annotate/lexicon/}. A layer takes its lists from here and holds
 * no copy, so a word added to a file changes every layer that reads the list. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #modality()}: {@code modality.tsv}, modality, negation and hedges.</li>
 *   <li>{@link #cues()}: {@code cues.tsv} and {@code cue-nouns.tsv}, attribution cues and their frames.</li>
 *   <li>{@link #roles()}: {@code roles.tsv}, role nouns.</li>
 *   <li>{@link #occasions()}: {@code occasions.tsv}, occasion nouns and prepositions.</li>
 *   <li>{@link #statementNouns()}: {@code statement-nouns.tsv}, nouns that name something said.</li>
 *   <li>{@link #nameParticles()}: {@code name-particles.tsv}, surname particles.</li>
 * </ul>
 */
public final class Lexicon {

    private static final String STATEMENT_NOUNS = "statement-nouns.tsv";
    /** The shipped lexicon, read on first use; a broken file fails every use with its file and line. */
    private static volatile Lexicon standard;

    private final NameParticles nameParticles;
    private final ModalityLexicon modality;
    private final CueLexicon cues;
    private final RoleNouns roles;
    private final Occasions occasions;
    private final Set<String> statementNouns;

    private Lexicon(Path overrides) {
        this.nameParticles = new NameParticles(file(overrides, NameParticles.FILE));
        this.modality = new ModalityLexicon(file(overrides, ModalityLexicon.FILE));
        this.cues = new CueLexicon(file(overrides, CueLexicon.FILE), file(overrides, CueLexicon.NOMINAL_FILE));
        this.roles = new RoleNouns(file(overrides, RoleNouns.FILE));
        this.occasions = new Occasions(file(overrides, Occasions.FILE));
        this.statementNouns = Set.copyOf(file(overrides, STATEMENT_NOUNS).requireColumns("noun").rows().stream()
                .map(r -> r.lower("noun")).toList());
    }

    /** The lexicon shipped with Dossier, read once. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = new Lexicon(null);
                }
                l = standard;
            }
        }
        return l;
    }

    /**
     * The shipped lexicon with some of its files replaced: a file of {@code dir} named like a shipped one (for
     * example {@code modality.tsv}) is read instead of it. For trying a change to a list, and for tests.
     */
    public static Lexicon overriding(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("lexicon override directory " + dir + " does not exist");
        }
        return new Lexicon(dir);
    }

    /** Modality, negation and hedges, read the same way by the time, claim and event layers. */
    public ModalityLexicon modality() {
        return modality;
    }

    /** Attribution cues (verbs, nouns, adjectives) with the frames of their content. */
    public CueLexicon cues() {
        return cues;
    }

    /** Nouns that refer back to a named entity ("the president") and its type. */
    public RoleNouns roles() {
        return roles;
    }

    /** Occasions of statements and events: nouns and prepositions. */
    public Occasions occasions() {
        return occasions;
    }

    /** Nouns that name something said ("stance", "comment"), lower case. */
    public Set<String> statementNouns() {
        return statementNouns;
    }

    /** Surname particles ("de", "van", "bin"). */
    public NameParticles nameParticles() {
        return nameParticles;
    }

    /** Reads the shipped lexicon file {@code name}, or its replacement in {@code overrides}. */
    static LexiconFile file(Path overrides, String name) {
        if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
            Path p = overrides.resolve(name);
            try (InputStream in = Files.newInputStream(p)) {
                return LexiconFile.read(p.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the lexicon file " + p, e);
            }
        }
        return shipped(name);
    }

    /** Reads the shipped lexicon file {@code name} from the class path. */
    static LexiconFile shipped(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file " + name + " is missing from org/dossier/annotate/lexicon"
                        + " on the class path; rebuild dossier-core");
            }
            return LexiconFile.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon file " + name, e);
        }
    }
}
