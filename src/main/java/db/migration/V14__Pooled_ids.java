package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ids of the rows a 301 and a 323 create come from a sequence that hands out 50 at a time
 * (Hibernate's pooled optimizer) instead of from the identity column. With an identity id
 * Hibernate inserts every entity alone, at once, to learn its id; with pooled ids the inserts wait
 * for the flush, and the rows of one table go as one batch (fewer statements for a 301 with
 * several products or a 323 with several prestaties; a message with one row per table still
 * needs one statement per table). A Java migration because each sequence has to start after the
 * ids already in use, and H2 and PostgreSQL name a sequence's next value differently in a column
 * default. The column's default becomes the sequence, for rows written in plain SQL: they draw
 * from the same sequence, so nothing collides.
 */
public class V14__Pooled_ids extends BaseJavaMigration {

    /** The sequence hands out this many ids per call; {@code allocationSize} of the entities' generators. */
    static final int BLOCK = 50;

    static final List<String> TABLES = List.of("client", "toewijzing", "toewijzing_versie", "declaratie", "prestatie");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long used;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    used = max.getLong(1);
                }
                String sequence = table + "_seq";
                // the optimizer takes a value as the last id of its block: the first block is the
                // BLOCK ids after the ones in use
                statement.execute(
                        "create sequence " + sequence + " start with " + (used + BLOCK) + " increment by " + BLOCK);
                statement.execute("alter table " + table + " alter column id drop identity");
                statement.execute("alter table " + table + " alter column id set default "
                        + (postgres ? "nextval('" + sequence + "')" : "next value for " + sequence));
                if (postgres) {
                    // pg_get_serial_sequence(table, 'id') finds it, as it found the identity's
                    statement.execute("alter sequence " + sequence + " owned by " + table + ".id");
                }
            }
        }
    }
}
