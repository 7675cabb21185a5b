package nl.ketenhub.partner;

import java.nio.file.Path;
import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.stereotype.Component;

/** The contracts of config/contracts.yaml, loaded and checked against the partners at start-up. */
@Component
public class ContractRegister {

    private final List<Contract> contracts;

    public ContractRegister(PartnerConfigProperties properties, PartnerDirectory partners) {
        this.contracts = List.copyOf(ContractsFile.load(Path.of(properties.dir(), "contracts.yaml"), partners::find));
    }

    /** Every contract row between the two for this law, in file order; empty when there is none. */
    public List<Contract> contractsFor(String gemeente, String aanbieder, Standaard wet) {
        return contracts.stream()
                .filter(c -> c.gemeente().equals(gemeente) && c.aanbieder().equals(aanbieder) && c.wet() == wet)
                .toList();
    }

    public List<Contract> all() {
        return contracts;
    }
}
