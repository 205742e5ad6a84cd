package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: replaced by the rule-based tagger. */
public final class RuleTimexTagger implements TimexTagger {
    @Override
    public List<Timex> tag(AnnotatedArticle article, Optional<LocalDate> anchor) {
        return List.of();
    }
}
