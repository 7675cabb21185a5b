package nl.ketenhub.canonical;

import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrestatieRepository extends JpaRepository<Prestatie, Long> {

    List<Prestatie> findByDeclaratieOrderByIdAsc(Declaratie declaratie);

    /** Earlier prestaties of one aanbieder with this ReferentieNummer (TR for credits and duplicates). */
    @Query(
            """
            select p from Prestatie p join p.declaratie d
            where d.aanbieder = :aanbieder and d.standaard = :standaard and p.referentienummer = :referentienummer
            order by p.id
            """)
    List<Prestatie> findByReferentienummer(String aanbieder, Standaard standaard, String referentienummer);

    List<Prestatie> findByClientIdAndToewijzingnummerOrderByIdAsc(Long clientId, Long toewijzingnummer);

    /**
     * TR385: whether the toewijzing has an approved debit prestatie that no approved credit undoes.
     * Approved = status {@code TOEGEKEND}; a credit undoes the debit of the same aanbieder and law
     * whose ReferentieNummer it names as VorigReferentieNummer.
     */
    @Query(
            """
            select count(p) > 0 from Prestatie p join p.declaratie d
            where d.gemeente = :gemeente and d.standaard = :standaard and p.toewijzingnummer = :toewijzingnummer
              and p.debetCredit = 'D'
              and p.status = nl.ketenhub.canonical.Prestatie.Status.TOEGEKEND
              and not exists (
                select c.id from Prestatie c join c.declaratie cd
                where cd.aanbieder = d.aanbieder and cd.standaard = d.standaard
                  and c.debetCredit = 'C'
                  and c.vorigReferentienummer = p.referentienummer
                  and c.status = nl.ketenhub.canonical.Prestatie.Status.TOEGEKEND)
            """)
    boolean hasApprovedUncreditedPrestaties(String gemeente, Standaard standaard, long toewijzingnummer);
}
