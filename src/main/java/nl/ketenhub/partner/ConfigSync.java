package nl.ketenhub.partner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenhub.canonical.ContractEntity;
import nl.ketenhub.canonical.ContractEntityRepository;
import nl.ketenhub.canonical.PartnerEntity;
import nl.ketenhub.canonical.PartnerEntityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the partner and contract tables equal to the configuration, once all beans exist and before
 * any route starts. Idempotent: unchanged rows are left alone; partners that left the configuration
 * are kept (messages refer to them) but marked inactive; contracts that left it are deleted.
 */
@Component
class ConfigSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ConfigSync.class);

    private final PartnerDirectory directory;
    private final ContractRegister register;
    private final PartnerEntityRepository partnerRows;
    private final ContractEntityRepository contractRows;
    private final TransactionTemplate transaction;

    ConfigSync(
            PartnerDirectory directory,
            ContractRegister register,
            PartnerEntityRepository partnerRows,
            ContractEntityRepository contractRows,
            PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.register = register;
        this.partnerRows = partnerRows;
        this.contractRows = contractRows;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> sync());
    }

    void sync() {
        Map<String, PartnerEntity> rows = new HashMap<>();
        partnerRows.findAll().forEach(row -> rows.put(row.getCode(), row));
        int partnersChanged = 0;
        for (Partner partner : directory.all()) {
            PartnerEntity row = rows.remove(partner.code());
            if (row == null) {
                partnerRows.save(new PartnerEntity(partner.code(), partner.naam(), partner.role()));
                partnersChanged++;
            } else if (!row.isActive() || !row.getNaam().equals(partner.naam()) || row.getRole() != partner.role()) {
                row.update(partner.naam(), partner.role(), true);
                partnersChanged++;
            }
        }
        for (PartnerEntity gone : rows.values()) {
            if (gone.isActive()) {
                gone.update(gone.getNaam(), gone.getRole(), false);
                partnersChanged++;
            }
        }
        partnerRows.flush();

        List<Contract> wanted = new ArrayList<>(register.all());
        List<ContractEntity> obsolete = new ArrayList<>();
        for (ContractEntity row : contractRows.findAll()) {
            if (!wanted.remove(toContract(row))) {
                obsolete.add(row);
            }
        }
        contractRows.deleteAll(obsolete);
        wanted.forEach(c -> contractRows.save(toEntity(c)));
        log.info(
                "Partner directory synced: {} partners ({} changed), {} contract rows ({} added, {} removed)",
                directory.all().size(),
                partnersChanged,
                register.all().size(),
                wanted.size(),
                obsolete.size());
    }

    private static Contract toContract(ContractEntity row) {
        return new Contract(
                row.getGemeente(),
                row.getAanbieder(),
                row.getWet(),
                row.getProductcategorie(),
                row.getProductcode(),
                row.getIngangsdatum(),
                row.getEinddatum(),
                row.getUitvoeringsvariant(),
                row.getTarief(),
                row.getEenheid());
    }

    private static ContractEntity toEntity(Contract c) {
        return new ContractEntity(
                c.gemeente(),
                c.aanbieder(),
                c.wet(),
                c.productcategorie(),
                c.productcode(),
                c.ingangsdatum(),
                c.einddatum(),
                c.uitvoeringsvariant(),
                c.tarief(),
                c.eenheid());
    }
}
