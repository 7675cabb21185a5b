package nl.ketenhub.canonical;

import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerzoekRepository extends JpaRepository<Verzoek, Long> {

    Optional<Verzoek> findByAanbiederAndStandaardAndReferentieAanbieder(
            String aanbieder, Standaard standaard, String referentieAanbieder);

    List<Verzoek> findByClientIdAndState(Long clientId, Verzoek.State state);
}
