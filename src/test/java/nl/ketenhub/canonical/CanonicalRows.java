package nl.ketenhub.canonical;

import java.sql.PreparedStatement;
import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows of the canonical tables as the entities write them (standaard IJW), for tests of plain SQL readers. */
public record CanonicalRows(JdbcTemplate jdbc) {

    public long client(String gemeente, String bsnHash) {
        return insert(
                "insert into client (gemeente, standaard, bsn_hash, bsn_encrypted, key_id, created_at)"
                        + " values (?, 'IJW', ?, 'x', 'k1', current_timestamp)",
                gemeente,
                bsnHash);
    }

    public long toewijzing(String gemeente, long nummer, long client, String aanbieder) {
        return insert(
                "insert into toewijzing (gemeente, standaard, toewijzingnummer, client_id, aanbieder)"
                        + " values (?, 'IJW', ?, ?, ?)",
                gemeente,
                nummer,
                client,
                aanbieder);
    }

    /** The ReferentieNummers of a toewijzing's approved, not credited debits ({@link PrestatieRows}), oldest first. */
    public List<String> approvedDebits(String gemeente, long nummer) {
        return PrestatieRows.approvedDebits(
                        JdbcClient.create(jdbc), "p.referentienummer", gemeente, Standaard.IJW, List.of(nummer))
                .query(String.class)
                .list();
    }

    /** An insert into a table with a generated id; returns that id. */
    public long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
