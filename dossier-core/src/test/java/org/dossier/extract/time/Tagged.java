package org.dossier.extract.time;

import org.dossier.model.Timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The timexes {@link RuleTimexTagger} finds in a fixture, looked up by their text. */
final class Tagged {

    private static final RuleTimexTagger TAGGER = new RuleTimexTagger();

    private final List<Timex> timexes;

    private Tagged(List<Timex> timexes) {
        this.timexes = timexes;
    }

    /** Tags {@code article} published on {@code anchor} (ISO date), or with no publication date when null. */
    static Tagged tag(String anchor, ArticleFixture article) {
        Optional<LocalDate> a = anchor == null ? Optional.empty() : Optional.of(LocalDate.parse(anchor));
        return new Tagged(TAGGER.tag(article.build(), a));
    }

    List<Timex> all() {
        return timexes;
    }

    /** The timex whose span is exactly {@code text}. */
    Timex timex(String text) {
        return timexes.stream().filter(t -> t.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' among " + texts()));
    }

    String value(String text) {
        return timex(text).value();
    }

    /** The spans found, for failure messages and negative checks. */
    List<String> texts() {
        return timexes.stream().map(t -> t.span().text()).collect(Collectors.toList());
    }
}
