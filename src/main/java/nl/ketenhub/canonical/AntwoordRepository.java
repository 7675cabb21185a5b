package nl.ketenhub.canonical;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AntwoordRepository extends JpaRepository<Antwoord, Long> {

    List<Antwoord> findByVerzoekIdOrderByIdAsc(Long verzoekId);

    /** The answers of one request that count (not rejected by the aanbieder), oldest first. */
    List<Antwoord> findByVerzoekIdAndStatusOrderByIdAsc(Long verzoekId, Antwoord.Status status);

    /** The answers carried by one 319, e.g. to mark them rejected when its 320 reports errors. */
    List<Antwoord> findByBerichtId(UUID berichtId);
}
