package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.EntityType;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first labelling of each token from CoreNLP's tags: PERSON, ORGANIZATION, LOCATION (CITY, COUNTRY,
 * STATE_OR_PROVINCE as subtypes) and MISC. Tokens inside a temporal expression, demonyms, religions and
 * ideologies, and title words ("State" in "secretary of State") get no label. Stateless.
 */
final class NerLabeling {

    private final EntityLexicon lexicon;

    NerLabeling(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Set<String> SUBTYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> NOT_NAMES = Set.of("NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE",
            "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "URL", "EMAIL", "DATE", "TIME", "DURATION", "SET", "NUMBER",
            "ORDINAL", "MONEY", "PERCENT");

    List<LabelledSentence> label(AnnotatedArticle annotated, SpanIndex timexes) {
        List<LabelledSentence> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            LabelledSentence ls = new LabelledSentence(s);
            for (Token t : s.tokens()) {
                EntityType type = "TITLE".equals(t.ner()) && lexicon.isTitleWord(t.word()) ? null : type(t);
                if (type != null && !insideTimex(t, timexes)) {
                    ls.tag(t.index(), type, SUBTYPES.contains(t.ner()) ? t.ner() : null);
                }
            }
            out.add(ls);
        }
        return out;
    }

    private static EntityType type(Token t) {
        EntityType coarse = switch (t.coarseNer()) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
        if (coarse == EntityType.MISC && NOT_NAMES.contains(t.ner())) {
            return null; // "French" (NATIONALITY), "Independent" (RELIGION) are adjectives, not names
        }
        return coarse;
    }

    /** Whether {@code t} overlaps one of the article's timexes ({@code timexes}: their spans by offset). */
    static boolean insideTimex(Token t, SpanIndex timexes) {
        return timexes.someOverlaps(t.start(), t.end());
    }
}
