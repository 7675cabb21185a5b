package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.PrestatieRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TR385 (level 3, retourcode 9385): a toewijzing may not be deleted (RedenWijziging 13, Einddatum =
 * Ingangsdatum) once it has approved prestaties that were not credited (OP362).
 */
@Component
class TR385 {

    private final JdbcClient jdbc;

    TR385(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            if (product.isVerwijderd() && hasApprovedDebits(bericht, product.toewijzingNummer())) {
                findings.add(Finding.crossMessage(
                        "TR385",
                        "9385",
                        "ToewijzingNummer " + product.toewijzingNummer()
                                + " has approved prestaties that were not credited and cannot be deleted",
                        Toewijzingbericht.productPath(i)));
            }
        }
        return findings;
    }

    private boolean hasApprovedDebits(Toewijzingbericht bericht, long nummer) {
        return !PrestatieRows.approvedDebits(
                        jdbc,
                        "p.id",
                        bericht.header().afzender(),
                        bericht.header().type().standaard(),
                        List.of(nummer))
                .query(Long.class)
                .list()
                .isEmpty();
    }
}
