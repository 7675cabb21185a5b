package nl.ketenhub.canonical;

import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclaratieRepository extends JpaRepository<Declaratie, Long> {

    Optional<Declaratie> findByAanbiederAndStandaardAndDeclaratienummer(
            String aanbieder, Standaard standaard, String declaratienummer);

    /** The declaration a 325 answers: by the 323's BerichtIdentificatie (TR337). */
    java.util.List<Declaratie> findByAanbiederAndGemeenteAndStandaardAndBerichtIdentificatie(
            String aanbieder, String gemeente, Standaard standaard, String berichtIdentificatie);
}
