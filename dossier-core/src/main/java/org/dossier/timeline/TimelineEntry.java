package org.dossier.timeline;

import org.dossier.model.Event;

import java.util.List;

/**
 * One line of a timeline.
 *
 * @param article      id of the article the event comes from
 * @param articleIndex position of that article among the timeline's articles, from 0
 * @param event        the event as extracted
 * @param date         the period of the event's date, or null when undated
 * @param reportedOn   for an undated event known through a claim, when the claim was made (its date, or that of
 *                     the reporting event), else null; undated events with it are placed at that day
 * @param participants the participants by name, with their roles
 * @param place        the location's name, or null
 * @param source       who reports it, for an event known through a claim or hedged, else null
 * @param sentence     the sentence holding the trigger, as written
 */
public record TimelineEntry(String article, int articleIndex, Event event, EventDate date, EventDate reportedOn,
                            List<Party> participants, String place, String source, String sentence) {

    /** A participant by name: {@code role} is {@code source}, {@code target} or {@code other}. */
    public record Party(String name, String role) {
    }

    public TimelineEntry {
        participants = List.copyOf(participants);
    }

    /** "Zelensky → Rutte, Brussels (+ NATO)": who acts, on whom, and who else takes part. */
    public String who() {
        StringBuilder sb = new StringBuilder(names("source"));
        String targets = names("target");
        if (!targets.isEmpty()) {
            sb.append(sb.length() > 0 ? " \u2192 " : "\u2192 ").append(targets);
        }
        String others = names("other");
        if (!others.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("(+ ").append(others).append(')');
        }
        return sb.toString();
    }

    private String names(String role) {
        return String.join(", ", participants.stream().filter(p -> p.role().equals(role)).map(Party::name).toList());
    }

    /** Where the entry is filed: its date, or the date it was reported on. */
    public EventDate filedUnder() {
        return date != null ? date : reportedOn;
    }
}
