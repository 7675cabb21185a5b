package nl.ketenhub.canonical;

import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VerzoekRepository extends JpaRepository<Verzoek, Long> {

    Optional<Verzoek> findByAanbiederAndStandaardAndReferentieAanbieder(
            String aanbieder, Standaard standaard, String referentieAanbieder);

    List<Verzoek> findByClientIdAndState(Long clientId, Verzoek.State state);

    /**
     * The open requests of one client at one aanbieder (TR374). A request is open (PENDING or
     * IN_ONDERZOEK) from its acceptance until a 301 or a 319 with VerzoekAntwoord 1 answers it. The
     * states are part of the query, not a list parameter: Hibernate translates a query with a list
     * parameter to SQL again on every call.
     */
    @Query(
            """
            select v from Verzoek v
            where v.clientId = :clientId and v.aanbieder = :aanbieder
              and v.state in (nl.ketenhub.canonical.Verzoek.State.PENDING,
                              nl.ketenhub.canonical.Verzoek.State.IN_ONDERZOEK)
            order by v.id
            """)
    List<Verzoek> findOpen(Long clientId, String aanbieder);
}
