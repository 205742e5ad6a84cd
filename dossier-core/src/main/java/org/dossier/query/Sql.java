package org.dossier.query;

import org.dossier.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

/**
 * How the queries run read-only SQL on the store's connection: one transaction per question (committed, or rolled
 * back and reported as a {@link StoreException} naming the store), parameters bound by type.
 */
final class Sql {

    interface Body<T> {
        T run() throws SQLException;
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private final Connection c;
    private final String store;

    Sql(Connection c, String store) {
        this.c = c;
        this.store = store;
    }

    <T> T run(Body<T> body) {
        try {
            T result = body.run();
            c.commit();
            return result;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(store + ": the query failed (" + e.getMessage() + ")", e);
        }
    }

    void query(String sql, List<?> params, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (p instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, p.toString());
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
