package nl.ketenhub.canonical;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrestatieRepository extends JpaRepository<Prestatie, Long> {

    List<Prestatie> findByDeclaratieOrderByIdAsc(Declaratie declaratie);

    List<Prestatie> findByClientIdAndToewijzingnummerOrderByIdAsc(Long clientId, Long toewijzingnummer);
}
