package nl.ketenhub.canonical;

import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToewijzingRepository extends JpaRepository<Toewijzing, Long> {

    Optional<Toewijzing> findByGemeenteAndStandaardAndToewijzingnummer(
            String gemeente, Standaard standaard, long toewijzingnummer);

    List<Toewijzing> findByClientId(Long clientId);
}
