package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dossier's entity extractor: one {@link Entity} per person, organization, place or other named thing in the
 * article, built from CoreNLP's named-entity tags without CoreNLP's coreference.
 *
 * <ol>
 *   <li>{@link NameMentionFinder}: name occurrences, with CoreNLP's tags repaired (the publisher's own name,
 *   multi-word organization names, names CoreNLP missed, bracketed acronyms, products) and demonyms and dates
 *   dropped;</li>
 *   <li>{@link TitleExtractor}: titles before and in apposition to people's names, and styled names ("President
 *   Vladimir Putin");</li>
 *   <li>{@link NameClusterer}: names grouped per referent ("Zelensky" with "Volodymyr Zelensky", "USAF" with
 *   "United States Air Force"), different people sharing a surname kept apart;</li>
 *   <li>{@link QualifiedNameFinder}: fuller written forms ("Mobile, Alabama", "Heathrow airport");</li>
 *   <li>{@link ReferenceResolver}: pronouns and definite descriptions resolved to the referents;</li>
 *   <li>{@link EntityAssembler}: the records, ids in order of first mention.</li>
 * </ol>
 *
 * <p>Thread-safe and stateless: the word lists are loaded once in the constructor and only read afterwards;
 * each call works on its own data. The output depends only on the input.
 */
public final class NamedEntityExtractor implements EntityExtractor {

    private final EntityLexicon lexicon;
    private final NameMentionFinder finder;
    private final NameClusterer clusterer = new NameClusterer();
    private final TitleExtractor titles;
    private final QualifiedNameFinder qualifiedNames;
    private final ReferenceResolver references;
    private final EntityAssembler assembler = new EntityAssembler();

    /** Loads the word lists from the classpath. */
    public NamedEntityExtractor() {
        this.lexicon = EntityLexicon.load();
        this.finder = new NameMentionFinder(lexicon);
        this.titles = new TitleExtractor(lexicon);
        this.qualifiedNames = new QualifiedNameFinder(lexicon);
        this.references = new ReferenceResolver(lexicon);
    }

    @Override
    public List<Entity> extract(AnnotatedArticle annotated, Article article, List<Timex> timexes) {
        FoundNames found = finder.find(annotated, article, timexes);
        NameVariantMatcher matcher = new NameVariantMatcher(lexicon, found.links(), placeAcronyms(found));
        Map<NameMention, PersonCues> cues = new HashMap<>();
        for (NameMention m : found.mentions()) {
            if (m.type() == EntityType.PERSON) {
                cues.put(m, cues(annotated.text(), found.sentences().get(m.sentence()), m));
            }
        }
        List<Referent> referents = clusterer.cluster(found.mentions(), cues, matcher);
        addNameForms(annotated.text(), found, referents);
        references.resolve(annotated, found, referents);
        return assembler.assemble(referents);
    }

    private PersonCues cues(String text, LabelledSentence s, NameMention m) {
        Gender gender = titles.honorificGender(s, m);
        if (gender == Gender.UNKNOWN && m.words().size() > 1) {
            gender = lexicon.firstNameGender(m.words().get(0));
        }
        return new PersonCues(titles.titles(text, s, m), gender);
    }

    /** Adds styled and qualified name forms, and the gender of people known by a given name alone. */
    private void addNameForms(String text, FoundNames found, List<Referent> referents) {
        Map<NameMention, List<Span>> qualified = qualifiedNames.find(text, found.mentions(), found.sentences());
        for (Referent r : referents) {
            for (NameMention m : r.names()) {
                qualified.getOrDefault(m, List.of()).forEach(r::addNameForm);
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                LabelledSentence s = found.sentences().get(m.sentence());
                Span styled = titles.styledName(text, s, m);
                if (styled != null) {
                    r.addNameForm(styled);
                }
                if (r.fullest().words().size() == 1) {
                    r.learnGender(lexicon.firstNameGender(m.words().get(0))); // "Marcia" alone
                }
            }
        }
    }

    /** "us", "uk": the places the article names by acronym, which may open an institution's acronym ("USAF"). */
    private static Set<String> placeAcronyms(FoundNames found) {
        Set<String> out = new TreeSet<>();
        for (NameMention m : found.mentions()) {
            NameForm f = NameForm.of(m.words());
            if (m.type() == EntityType.LOCATION && f.acronym()) {
                out.add(f.key());
            }
        }
        return out;
    }
}
