package org.dossier.store.jdbc;

import org.dossier.timeline.EventDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * V4: recomputes the {@code day} of every event and participant with {@link EventDate#day(String, String, String)},
 * the one rule the timeline command, the exports and the store now share. Before it the store had a rule of its own:
 * a quarter ({@code 2024-Q1}), half, season or weekend fell back to the publication day, and an undated event known
 * through a claim was filed under the publication day instead of the day the claim was made. Reads only columns of
 * the schema as V3 left it (event date and attribution, claim date and cue, article publication day), article by
 * article, and writes only the days that change.
 */
final class EventDayMigration extends JavaStep {

    EventDayMigration() {
        super(4, "event days by EventDate");
    }

    @Override
    void run(Connection c) throws SQLException {
        List<Long> articles = new ArrayList<>();
        List<String> published = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT pk, published_day FROM articles ORDER BY pk")) {
            while (rs.next()) {
                articles.add(rs.getLong(1));
                published.add(rs.getString(2));
            }
        }
        try (PreparedStatement events = c.prepareStatement("SELECT pk, date, attribution, trigger_start, trigger_end, "
                + "day FROM events WHERE article = ? ORDER BY seq");
             PreparedStatement claims = c.prepareStatement("SELECT local_id, date, cue_start, cue_end FROM claims "
                     + "WHERE article = ? ORDER BY seq");
             PreparedStatement setEvent = c.prepareStatement("UPDATE events SET day = ? WHERE pk = ?");
             PreparedStatement setParticipants = c.prepareStatement("UPDATE participants SET day = ? WHERE event = ?")) {
            for (int a = 0; a < articles.size(); a++) {
                long article = articles.get(a);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = Binder.bind(events, article).executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getString(6)));
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                Map<String, String[]> claimOf = new HashMap<>();
                try (ResultSet rs = Binder.bind(claims, article).executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            claimOf.putIfAbsent(rs.getString(1), new String[]{rs.getString(2), rs.getString(3),
                                    rs.getString(4)});
                        }
                    }
                }
                boolean changed = false;
                for (Row r : rows) {
                    String day = EventDate.day(r.date, reportedOn(r, rows, claimOf), published.get(a));
                    if (!Objects.equals(day, r.day)) {
                        Binder.bind(setEvent, day, r.pk).addBatch();
                        Binder.bind(setParticipants, day, r.pk).addBatch();
                        changed = true;
                    }
                }
                if (changed) {
                    setEvent.executeBatch();
                    setParticipants.executeBatch();
                }
            }
        }
    }

    /** As {@link EventDate#reportedOn}, from the stored columns: the claim's date, else the date of the event at its cue. */
    private static String reportedOn(Row e, List<Row> events, Map<String, String[]> claims) {
        String[] claim = e.attribution == null ? null : claims.get(e.attribution);
        if (claim == null) {
            return null;
        }
        if (EventDate.parse(claim[0]).isPresent() || claim[1] == null || claim[2] == null) {
            return claim[0];
        }
        int start = Integer.parseInt(claim[1]);
        int end = Integer.parseInt(claim[2]);
        for (Row x : events) {
            if (x.start < end && start < x.end) {
                return x.date;
            }
        }
        return null;
    }

    private record Row(long pk, String date, String attribution, int start, int end, String day) {
    }
}
