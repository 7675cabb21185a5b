package nl.ketenhub.canonical;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerzoekRepository extends JpaRepository<Verzoek, Long> {

    Optional<Verzoek> findByAanbiederAndStandaardAndReferentieAanbieder(
            String aanbieder, Standaard standaard, String referentieAanbieder);

    List<Verzoek> findByClientIdAndState(Long clientId, Verzoek.State state);

    /** The requests of one client at one aanbieder in the given states (e.g. the open ones, TR374). */
    List<Verzoek> findByClientIdAndAanbiederAndStateIn(
            Long clientId, String aanbieder, Collection<Verzoek.State> states);
}
