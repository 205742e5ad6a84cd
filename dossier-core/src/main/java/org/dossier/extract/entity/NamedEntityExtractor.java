package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER: groups NER runs by exact text; replaced by the full extractor. */
public final class NamedEntityExtractor implements EntityExtractor {
    @Override
    public List<Entity> extract(AnnotatedArticle annotated, Article article, List<Timex> timexes) {
        Map<String, List<Span>> byName = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (Sentence s : annotated.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); ) {
                String tag = t.get(i).coarseNer();
                EntityType type = switch (tag) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANIZATION;
                    case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
                    default -> null;
                };
                int j = i + 1;
                while (j < t.size() && t.get(j).coarseNer().equals(tag)) {
                    j++;
                }
                if (type != null) {
                    Span sp = Span.of(annotated.text(), t.get(i).start(), t.get(j - 1).end());
                    byName.computeIfAbsent(sp.text(), k -> new ArrayList<>()).add(sp);
                    types.put(sp.text(), type);
                }
                i = j;
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            out.add(new Entity("E" + (out.size() + 1), types.get(e.getKey()), null, e.getKey(), List.of(), List.of(), e.getValue()));
        }
        return out;
    }
}
