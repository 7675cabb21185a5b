package nl.ketenhub.canonical;

import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegieEventRepository extends JpaRepository<RegieEvent, Long> {

    List<RegieEvent> findByGemeenteAndStandaardAndToewijzingnummerOrderByIdAsc(
            String gemeente, Standaard standaard, Long toewijzingnummer);
}
