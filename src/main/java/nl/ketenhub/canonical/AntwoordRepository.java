package nl.ketenhub.canonical;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AntwoordRepository extends JpaRepository<Antwoord, Long> {

    List<Antwoord> findByVerzoekIdOrderByIdAsc(Long verzoekId);
}
