package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.lexicon.CueLexicon;
import org.dossier.annotate.lexicon.Lexicon;
import org.dossier.extract.entity.References;
import org.dossier.extract.quote.QuotationScanner;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds claims from their cues: a lexicon of attribution verbs, nouns and adjectives ("said", "the claim that",
 * "critical of") and "according to", read on the dependency parse
 * for source and content and checked against the text (quotation marks, colons, commas). Each claim's source is
 * linked to its entity, its date taken from the time expressions, "citing" and "according to" asides become its
 * via. A quotation becomes part of a claim when a cue introduces it, it continues one that did, or a name and a
 * colon head it; one none of these attributes is a phrase the writer borrows, not reported speech. What a
 * speaker attributes inside his own quoted words ("“I think we will win,” he said") belongs to the quotation, not
 * to the article, and is no claim of its own.
 *
 * <p>Stateless after construction (the lexicons are read once), deterministic and safe to share between threads.
 */
public final class CueClaimExtractor implements ClaimExtractor {

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

    private final QuotationScanner scanner = new QuotationScanner();
    private final AttributionFinder finder;
    private final ColonAttributions colons = new ColonAttributions();
    private final ViaFinder vias = new ViaFinder();
    private final QuotationAttacher attacher = new QuotationAttacher();
    private final SourceResolver resolver;
    private final HedgeDetector hedges;
    private final ClaimDateResolver dates;

    /** An extractor reading the shipped kernel lexicon. */
    public CueClaimExtractor() {
        this(Lexicon.standard());
    }

    /**
     * An extractor reading {@code lexicon}: its cues, role nouns and occasions, and its modality, which decides
     * which claims are hedged.
     */
    public CueClaimExtractor(Lexicon lexicon) {
        this.finder = new AttributionFinder(lexicon);
        this.resolver = new SourceResolver(lexicon.roles());
        this.hedges = new HedgeDetector(lexicon.modality());
        this.dates = new ClaimDateResolver(lexicon.occasions());
    }

    @Override
    public List<Claim> extract(AnnotatedArticle annotated, List<Entity> entities, List<Timex> timexes) {
        String text = annotated.text();
        QuotedSpans passages = new QuotedSpans(scanner.scan(text));
        List<DependencyTree> trees = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            trees.add(s.tree());
        }
        List<Attribution> found = new ArrayList<>();
        for (int s = 0; s < trees.size(); s++) {
            found.addAll(finder.find(text, trees, s, passages));
        }
        found.addAll(colons.ofHeadlines(text, trees, passages));
        found.removeIf(a -> passages.insideQuotation(a.cueSpan()));
        found = vias.apply(text, trees, found);
        found = withoutEmbedded(trees, found);
        References references = new References(annotated.sentences(), entities,
                passages.all().stream().map(p -> new References.Quotation(p.inner(), p.outer())).toList());
        found = resolveSources(trees, references, passages, found);
        found = resolveSources(trees, references, passages, attacher.attach(text, trees, found, passages));
        found.replaceAll(a -> a.withHedged(hedges.hedged(trees.get(a.sentence()), a)));
        found.sort(Comparator.comparingInt(Attribution::start).thenComparing(Attribution::content));
        List<String> when = dates.dates(trees, timexes, found);
        List<Claim> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            out.add(new Claim("C" + (i + 1), a.entity(), a.sourceSpan(), a.cueSpan(), a.content(), a.via(),
                    when.get(i), a.hedged()));
        }
        return out;
    }

    /**
     * Leaves out what is embedded in another attribution's content without being a report of its own: what the
     * source ascribes to someone ("Trump said Cruz wants to win", "… said Cruz attacked him") is Trump's claim,
     * not Cruz's. Only a plain "say" inside a report stays ("X said Y said …"): on the PolNeAR-train sample other
     * speech verbs embedded so were attributions of their own less than a third of the time.
     * A thought in the infinitive ("seemed to believe") is no attribution anywhere. A noun or adjective cue
     * ("Trump's suggestion that S", "confident that S") hides nothing in its content: what is said there stays
     * its speaker's own attribution. A noun that is the content of a verb cue ("voiced criticism of X") is
     * embedded in it like any other cue.
     */
    private static List<Attribution> withoutEmbedded(List<DependencyTree> trees, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        List<Attribution> verbal = found.stream().filter(b -> !nominal(b)).toList();
        SpanIndex contents = new SpanIndex(verbal.stream().map(Attribution::content).toList());
        for (Attribution a : found) {
            boolean embedded = false;
            if (a.cueSpan() != null) {
                for (int o : contents.containing(a.cueSpan().start(), a.cueSpan().end())) {
                    embedded |= verbal.get(o) != a;
                }
            }
            Cue cue = a.cue();
            boolean report = cue == null || cue.isAccordingTo() || cue.entry().lemma().equals("say")
                    && !trees.get(a.sentence()).hasChildLowerWord(cue.head(), "mark", "to");
            boolean thoughtToBe = cue != null && !cue.isAccordingTo()
                    && cue.entry().kind() == CueLexicon.Kind.THOUGHT
                    && trees.get(a.sentence()).hasChildLowerWord(cue.head(), "mark", "to");
            if ((!embedded || report) && !thoughtToBe) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean nominal(Attribution a) {
        return a.cue() != null && !a.cue().isAccordingTo() && a.cue().entry().nominal();
    }

    /** Links each attribution's source to its entity; continued quotations keep the entity they were given. */
    private List<Attribution> resolveSources(List<DependencyTree> trees, References references,
                                             QuotedSpans passages, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        out.replaceAll(a -> a.withEntity(resolver.resolve(trees, references, a)));
        return speakersOfFirstPerson(trees, passages, out);
    }

    /**
     * "I" and "we" inside a quotation are its speaker: an attribution whose source is a first-person pronoun
     * standing in another attribution's quoted content takes that attribution's entity.
     */
    private static List<Attribution> speakersOfFirstPerson(List<DependencyTree> trees, QuotedSpans passages,
                                                           List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> -out.get(i).content().length())); // outer attributions first
        SpanIndex contents = new SpanIndex(out.stream().map(Attribution::content).toList()); // they stay as they are
        for (int i : order) {
            Attribution a = out.get(i);
            if (a.entity() != null || a.source() == null
                    || !FIRST_PERSON.contains(trees.get(a.sentence() - a.source().back()).lowerWord(a.source().head()))) {
                continue;
            }
            Span said = a.sourceSpan();
            if (!passages.quotes(said)) {
                continue;
            }
            Attribution speaker = null;
            for (int o : contents.containing(said.start(), said.end())) { // in the order of out
                Attribution b = out.get(o);
                if (b != a && b.content().contains(said) && b.entity() != null
                        && (speaker == null || b.content().length() < speaker.content().length())) {
                    speaker = b;
                }
            }
            if (speaker != null) {
                out.set(i, a.withEntity(speaker.entity()));
            }
        }
        return out;
    }
}
