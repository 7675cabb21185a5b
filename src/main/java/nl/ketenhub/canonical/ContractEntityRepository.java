package nl.ketenhub.canonical;

import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractEntityRepository extends JpaRepository<ContractEntity, Long> {

    List<ContractEntity> findByGemeenteAndAanbiederAndWet(String gemeente, String aanbieder, Standaard wet);
}
