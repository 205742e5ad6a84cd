package org.dossier.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the publication dates Dossier accepts: an ISO date, or an ISO date-time with or without offset. */
public final class PublicationDate {

    private PublicationDate() {
    }

    /**
     * The calendar day of an ISO date or date-time.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static LocalDate parse(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v).toLocalDate();
            }
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publication date '" + value
                    + "' is not an ISO date; write it as 2024-12-18 or 2024-12-18T09:30:00Z");
        }
    }
}
