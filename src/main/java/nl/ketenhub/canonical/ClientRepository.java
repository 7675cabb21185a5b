package nl.ketenhub.canonical;

import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Look clients up by BSN through {@link Clients}, which computes the hash. */
public interface ClientRepository extends JpaRepository<Client, Long> {

    @Query("select c.id from Client c where c.gemeente = ?1 and c.standaard = ?2 and c.bsnHash = ?3")
    Optional<Long> findIdByGemeenteAndStandaardAndBsnHash(String gemeente, Standaard standaard, String bsnHash);
}
