package nl.ketenhub.canonical;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AfleveringRepository extends JpaRepository<Aflevering, Long> {

    List<Aflevering> findByBerichtIdOrderByAttemptAtAsc(UUID berichtId);
}
