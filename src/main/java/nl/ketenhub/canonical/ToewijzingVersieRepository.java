package nl.ketenhub.canonical;

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

    /** The current version of every toewijzing of one client (for overlap checks across 301s). */
    @Query(
            """
            select v from ToewijzingVersie v join fetch v.toewijzing t
            where t.clientId = :clientId
              and v.status = nl.ketenhub.canonical.ToewijzingVersie.Status.ACTIVE
              and not exists (
                select w.id from ToewijzingVersie w
                where w.toewijzing = t
                  and w.status = nl.ketenhub.canonical.ToewijzingVersie.Status.ACTIVE
                  and (w.toewijzingsdatum > v.toewijzingsdatum
                    or (w.toewijzingsdatum = v.toewijzingsdatum and w.toewijzingstijd > v.toewijzingstijd)
                    or (w.toewijzingsdatum = v.toewijzingsdatum and w.toewijzingstijd = v.toewijzingstijd
                        and w.id > v.id)))
            order by t.toewijzingnummer
            """)
    List<ToewijzingVersie> currentVersionsOfClient(Long clientId);
}
