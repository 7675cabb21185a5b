package nl.ketenhub.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ToewijzingVersieRepository extends JpaRepository<ToewijzingVersie, Long> {

    /**
     * The version in force: the latest by (toewijzingsdatum, toewijzingstijd) among the versions the
     * receiver did not reject; ties (same date and time) go to the one stored last.
     */
    default Optional<ToewijzingVersie> currentVersion(Toewijzing toewijzing) {
        return findFirstByToewijzingAndStatusOrderByToewijzingsdatumDescToewijzingstijdDescIdDesc(
                toewijzing, ToewijzingVersie.Status.ACTIVE);
    }

    Optional<ToewijzingVersie> findFirstByToewijzingAndStatusOrderByToewijzingsdatumDescToewijzingstijdDescIdDesc(
            Toewijzing toewijzing, ToewijzingVersie.Status status);

    /** All versions, oldest first, including rejected ones. */
    List<ToewijzingVersie> findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(Toewijzing toewijzing);

    /** The versions carried by one 301, e.g. to mark them rejected when its 302 reports errors. */
    List<ToewijzingVersie> findByBerichtId(UUID berichtId);

    /** The versions that carry a ReferentieAanbieder (honour a request), e.g. with status ACTIVE (TR359). */
    List<ToewijzingVersie> findByReferentieAanbiederAndStatus(
            String referentieAanbieder, ToewijzingVersie.Status status);

    /**
     * The current version of every toewijzing of one client (for overlap checks across 301s), by
     * ToewijzingNummer: the client's toewijzingen, then the current version of each, every look-up
     * with its index. As one join, PostgreSQL without fresh statistics (a growing table) planned a
     * sequential scan of all versions for every 301, and most 301s are for a client without
     * toewijzingen. One query per toewijzing, not one with a list of ids: Hibernate cannot keep the
     * SQL of a query with a list parameter and translated it again on every call (a tenth of the
     * pipeline's CPU for a stream of 301s for clients with earlier toewijzingen).
     */
    default List<ToewijzingVersie> currentVersionsOfClient(Long clientId) {
        List<ToewijzingVersie> current = new ArrayList<>();
        for (Long toewijzing : toewijzingenOfClient(clientId)) {
            current.addAll(currentVersionOf(toewijzing));
        }
        return current;
    }

    @Query("select t.id from Toewijzing t where t.clientId = :clientId order by t.toewijzingnummer")
    List<Long> toewijzingenOfClient(Long clientId);

    /** The current version of one toewijzing; empty when the receiver rejected every version. */
    @Query(
            """
            select v from ToewijzingVersie v join fetch v.toewijzing t
            where t.id = :toewijzing
              and v.status = nl.ketenhub.canonical.ToewijzingVersie.Status.ACTIVE
              and not exists (
                select w.id from ToewijzingVersie w
                where w.toewijzing = t
                  and w.status = nl.ketenhub.canonical.ToewijzingVersie.Status.ACTIVE
                  and (w.toewijzingsdatum > v.toewijzingsdatum
                    or (w.toewijzingsdatum = v.toewijzingsdatum and w.toewijzingstijd > v.toewijzingstijd)
                    or (w.toewijzingsdatum = v.toewijzingsdatum and w.toewijzingstijd = v.toewijzingstijd
                        and w.id > v.id)))
            """)
    List<ToewijzingVersie> currentVersionOf(Long toewijzing);
}
