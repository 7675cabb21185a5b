package nl.ketenhub.canonical;

import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

/** Look clients up by BSN through {@link Clients}, which computes the hash. */
public interface ClientRepository extends JpaRepository<Client, Long> {

    Optional<Client> findByGemeenteAndStandaardAndBsnHash(String gemeente, Standaard standaard, String bsnHash);
}
