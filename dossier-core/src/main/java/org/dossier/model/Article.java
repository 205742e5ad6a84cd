package org.dossier.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from input: its text exactly as read, and its metadata.
 *
 * @param id        stable identifier (sidecar or record {@code id}, else the file name stem)
 * @param published ISO date or date-time of publication, or {@code null} when unknown;
 *                  the anchor for every relative date in the text
 * @param origin    where it was read from, for messages ({@code "corpus/a.txt"}, {@code "feed.jsonl:17"})
 */
public record Article(String id, String title, String source, String url, String published,
                      String language, String text, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (published != null) {
            PublicationDate.parse(published); // validates, throws with the fix
        }
    }

    /** The calendar day relative dates resolve against, if the publication date is known. */
    public Optional<LocalDate> anchor() {
        return published == null ? Optional.empty() : Optional.of(PublicationDate.parse(published));
    }

    public Article withPublished(String date) {
        return new Article(id, title, source, url, date, language, text, origin);
    }
}
