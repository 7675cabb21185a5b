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
}
