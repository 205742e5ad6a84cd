package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Dependency;
import org.dossier.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the article in text order and adds to each referent the pronouns ({@link PronounResolver}) and definite
 * descriptions ({@link DescriptionResolver}) that refer to it; each resolved mention becomes a candidate for the
 * ones after it. Stateless.
 */
final class ReferenceResolver {

    private final PronounResolver pronouns = new PronounResolver();
    private final DescriptionResolver descriptions;

    ReferenceResolver(EntityLexicon lexicon) {
        this.descriptions = new DescriptionResolver(lexicon);
    }

    void resolve(AnnotatedArticle annotated, FoundNames found, List<Referent> referents) {
        QuotedTokens quotes = new QuotedTokens(annotated);
        Discourse discourse = new Discourse();
        Map<NameMention, Referent> owner = new HashMap<>();
        for (Referent r : referents) {
            for (NameMention m : r.names()) {
                owner.put(m, r);
                LabelledSentence s = found.sentences().get(m.sentence());
                discourse.add(place(s, m.head(), m.span().start(), r, quotes, null));
            }
        }
        for (LabelledSentence s : found.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.labelled(i)) {
                    continue;
                }
                boolean quoted = quotes.quoted(s.sentence().index(), i);
                if (pronouns.handles(s, i)) {
                    Referent r = pronouns.resolve(s, i, discourse, quoted);
                    if (r != null) {
                        pronouns.learn(s, i, r);
                        r.addReference(Span.of(annotated.text(), s.token(i).start(), s.token(i).end()));
                        discourse.add(place(s, i, s.token(i).start(), r, quotes, null));
                    }
                    continue;
                }
                DescriptionResolver.Found d = descriptions.find(s, i);
                if (d != null) {
                    Referent r = descriptions.resolve(s, d, discourse);
                    if (r != null) {
                        r.addReference(Span.of(annotated.text(), s.token(d.from()).start(), s.token(d.to() - 1).end()));
                        discourse.add(place(s, d.to() - 1, s.token(d.from()).start(), r, quotes, d.head()));
                    }
                    i = d.to() - 1;
                }
            }
        }
    }

    private static Discourse.Mention place(LabelledSentence s, int head, int offset, Referent r, QuotedTokens quotes,
                                           String description) {
        Dependency d = s.sentence().tree().headArc(head);
        String relation = d == null ? "" : d.relation();
        int governor = d == null ? -1 : d.governor();
        return new Discourse.Mention(offset, s.sentence().index(), head, r, relation, governor,
                quotes.quoted(s.sentence().index(), head), description);
    }
}
