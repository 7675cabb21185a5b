package nl.ketenhub.canonical;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerEntityRepository extends JpaRepository<PartnerEntity, String> {}
