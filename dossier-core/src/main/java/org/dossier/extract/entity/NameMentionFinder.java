package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every proper-name occurrence of an article: CoreNLP's named-entity runs, repaired ({@link
 * OrganizationRepair}, {@link ProperNounRecovery}, {@link AcronymLinker}, {@link NamePropagation}, {@link
 * ProductNameSplitter}) and trimmed to
 * the name itself: no punctuation or possessive at the edges, no honorific or title before a person's name, no
 * demonyms or other adjectives standing alone ("French", "Western"), nothing inside a temporal expression. A
 * capitalized "The" stays in a newspaper's title and in the few place names that take it ("The Hague").
 * Stateless.
 */
final class NameMentionFinder {

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(an|ian|ese|ish|ic|al|ern|i|ean)$");
    private static final Set<String> EDGE_POS = Set.of("POS", "DT", "CC", "IN", "HYPH", ",", ":", "TO");

    private final EntityLexicon lexicon;
    private final NerLabeling labeling;
    private final OrganizationRepair organizations;
    private final ProperNounRecovery recovery;
    private final AcronymLinker acronyms = new AcronymLinker();
    private final NamePropagation propagation = new NamePropagation();
    private final ProductNameSplitter products;

    NameMentionFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.labeling = new NerLabeling(lexicon);
        this.organizations = new OrganizationRepair(lexicon);
        this.recovery = new ProperNounRecovery(lexicon);
        this.products = new ProductNameSplitter(lexicon);
    }

    FoundNames find(AnnotatedArticle annotated, Article article, List<Timex> timexes) {
        SpanIndex timexSpans = new SpanIndex(timexes.stream().map(Timex::span).toList());
        List<LabelledSentence> sentences = labeling.label(annotated, timexSpans);
        organizations.repair(sentences, article.source());
        recovery.recover(sentences);
        List<NameLink> links = acronyms.link(sentences);
        propagation.propagate(sentences);
        sentences.forEach(this::joinSurnameParticles);
        products.split(sentences);
        List<NameMention> mentions = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            for (int[] run : s.runs()) {
                NameMention m = mention(annotated.text(), s, run[0], run[1], timexSpans);
                if (m != null) {
                    mentions.add(m);
                }
            }
        }
        return new FoundNames(sentences, mentions, links);
    }

    private NameMention mention(String text, LabelledSentence s, int from, int to, SpanIndex timexes) {
        EntityType type = s.type(from);
        while (from < to && !(type == EntityType.PERSON && opensSurname(s, from, to))
                && (EDGE_POS.contains(s.token(from).pos()) || s.separator(from)
                || type == EntityType.PERSON && (lexicon.honorific(s.word(from)) != null
                || lexicon.isTitleWord(s.word(from)) || "TITLE".equals(s.token(from).ner())))) {
            from++;
        }
        while (to > from && (EDGE_POS.contains(s.token(to - 1).pos()) || s.separator(to - 1))) {
            to--;
        }
        if (from >= to || !named(s, from, to) || adjectivesOnly(s, from, to) || partOfTitle(s, from, to)) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (NerLabeling.insideTimex(s.token(i), timexes)) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(s.word(i));
        }
        int start = s.token(from).start();
        if (type == EntityType.ORGANIZATION && from > 0 && s.word(from - 1).equals("The")
                && (from - 1 > 0 && !s.separator(from - 2)
                || "publication".equals(lexicon.organizationKind(s.word(to - 1))))) {
            start = s.token(from - 1).start(); // "The Wall Street Journal": the article is part of the title
        } else if (type != EntityType.PERSON && from > 0 && s.word(from - 1).equals("The")
                && lexicon.takesArticle(String.join(" ", words))) {
            start = s.token(from - 1).start(); // "The Hague", "The Gambia": the article is part of the name
        }
        Span span = Span.of(text, start, s.token(to - 1).end());
        return new NameMention(s.sentence().index(), from, to, type, subtype(s, from, to), words, span);
    }

    /**
     * "de Vries", "van der Berg", "bin Salman": surname particles right before a person's name belong to it. CoreNLP
     * often leaves them out of the name or tags them as prepositions ("de/IN"); an untagged run of particles
     * before a person's name joins it, unless it follows an article ("a van") or is a verb, number or pronoun.
     * A particle that is also an English word and was tagged as one ("van/NN", "bin/NN") joins only where a
     * surname can begin: after a given name ("Ludwig van Beethoven"), a title or honorific, a comma or other
     * separator, or at the start of the sentence ("de Vries said") — not in "the rental van Jones had used".
     */
    private void joinSurnameParticles(LabelledSentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.type(i) != EntityType.PERSON || s.type(i - 1) == EntityType.PERSON || !s.capitalized(i)) {
                continue;
            }
            int k = i - 1;
            boolean tagged = true;
            while (k >= 0 && !s.labelled(k) && particle(s, k)) {
                tagged &= taggedAsName(s, k);
                k--;
            }
            if (k == i - 1 || k >= 0 && Set.of("a", "an", "the").contains(s.lower(k))
                    || !tagged && !opensSurnameAfter(s, k)) {
                continue;
            }
            int[] name = s.runAt(i);
            int[] before = k >= 0 && s.type(k) == EntityType.PERSON ? s.runAt(k) : null;
            s.label(before != null && before[1] == k + 1 ? before[0] : k + 1, name[1], EntityType.PERSON, null);
        }
    }

    private boolean particle(LabelledSentence s, int i) {
        String pos = s.token(i).pos();
        return lexicon.isNameParticle(s.word(i)) && !s.separator(i)
                && !(pos.startsWith("VB") || pos.equals("MD") || pos.equals("CD") || pos.startsWith("PRP")
                || pos.startsWith("W"))
                && ("O".equals(s.token(i).ner()) || "PERSON".equals(s.token(i).ner()));
    }

    /**
     * Whether CoreNLP took the particle for part of a name or a foreign word ("de/IN", "van/NNP", "der/FW",
     * "bin/IN/PERSON") rather than an English noun, adjective or adverb ("van/NN", "bin/NN", "la/DT").
     */
    private static boolean taggedAsName(LabelledSentence s, int i) {
        String pos = s.token(i).pos();
        return "PERSON".equals(s.token(i).ner()) || Set.of("NNP", "NNPS", "FW", "IN").contains(pos);
    }

    /**
     * Whether a surname may begin after token {@code k} (-1: the sentence start): after a given name, a title or
     * honorific, a comma or other separator.
     */
    private boolean opensSurnameAfter(LabelledSentence s, int k) {
        return k < 0 || s.type(k) == EntityType.PERSON || s.separator(k) || lexicon.honorific(s.word(k)) != null
                || lexicon.isTitleWord(s.word(k)) || "TITLE".equals(s.token(k).ner());
    }

    /** Whether the name's words from {@code from} are surname particles and then a capitalized word. */
    private boolean opensSurname(LabelledSentence s, int from, int to) {
        int k = from;
        while (k < to && lexicon.isNameParticle(s.word(k))) {
            k++;
        }
        return k > from && k < to && s.capitalized(k);
    }

    private static boolean named(LabelledSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.word(i);
            if (w.codePoints().anyMatch(Character::isUpperCase) || w.codePoints().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "European", "Western", "Euro-Atlantic", "Congressional": demonyms and adjectives are no entities. A name the
     * tagger took for an adjective ("Magna") stays: it must be a demonym or have an adjective's ending.
     */
    private static boolean adjectivesOnly(LabelledSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean demonym = "NATIONALITY".equals(s.token(i).ner());
            boolean adjective = s.token(i).pos().startsWith("JJ")
                    && (s.type(i) == EntityType.MISC || ADJECTIVE_ENDING.matcher(s.word(i)).find());
            if (!demonym && !adjective) {
                return false;
            }
        }
        return true;
    }

    /** "Defense" in "Defense Secretary Dick Cheney": title words tagged as a name inside a title. */
    private boolean partOfTitle(LabelledSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lexicon.isTitleWord(s.word(i))) {
                return false;
            }
        }
        return to < s.size() && !s.labelled(to) && lexicon.isTitleWord(s.word(to));
    }

    private static String subtype(LabelledSentence s, int from, int to) {
        if (s.type(from) != EntityType.LOCATION) {
            return null;
        }
        return s.subtype(to - 1);
    }
}
