package org.dossier.store.jdbc;

import org.dossier.merge.NameKeys;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * V003: recomputes every {@code entity_keys} row with the current {@link NameKeys}. Keys written before it were
 * normalized with every "'s" deleted, not only the possessive ("O'Sullivan" stored as "n:oullivan"), so lookups
 * with the corrected keys would miss them. The keys are all derived from what the store keeps of each article
 * entity (type, name, aliases and titles, tied to its corpus entity), so they are dropped and written again from
 * those, exactly as {@link CorpusEntities#absorb} writes them.
 */
final class NameKeyMigration {

    private NameKeyMigration() {
    }

    static void recompute(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM entity_keys");
        }
        try (PreparedStatement entities = c.prepareStatement("SELECT pk, entity, type, name FROM article_entities "
                + "ORDER BY pk");
             PreparedStatement names = c.prepareStatement("SELECT kind, value FROM entity_names "
                     + "WHERE article_entity = ? ORDER BY kind, seq");
             PreparedStatement insert = c.prepareStatement("INSERT INTO entity_keys (key, entity) VALUES (?, ?) "
                     + "ON CONFLICT (key, entity) DO NOTHING");
             ResultSet rs = entities.executeQuery()) {
            while (rs.next()) {
                long pk = rs.getLong(1);
                long entity = rs.getLong(2);
                List<String> aliases = new ArrayList<>();
                List<String> titles = new ArrayList<>();
                try (ResultSet n = Binder.bind(names, pk).executeQuery()) {
                    while (n.next()) {
                        ("alias".equals(n.getString(1)) ? aliases : titles).add(n.getString(2));
                    }
                }
                Entity e = new Entity(null, EntityType.valueOf(rs.getString(3)), null, rs.getString(4), aliases,
                        titles, List.of());
                for (String key : CorpusEntities.storedKeys(e)) {
                    Binder.bind(insert, key, entity).addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
