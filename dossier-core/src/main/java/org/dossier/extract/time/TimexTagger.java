package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalizes the temporal expressions of an article.
 *
 * <p>Implementations are stateless after construction and safe to share between threads. The result is in text
 * order, spans do not overlap, and ids run {@code T1, T2, ...}. With no anchor, values that need one stay
 * underspecified ({@code XXXX-12-18}).
 */
public interface TimexTagger {

    List<Timex> tag(AnnotatedArticle article, Optional<LocalDate> anchor);
}
