package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import nl.ketenhub.partner.Contract;
import nl.ketenhub.partner.ContractRegister;
import org.springframework.stereotype.Component;

/**
 * The hub's contract policy for a 301 (decisions §2): the aanbieder must hold a contract with the
 * gemeente for the law, the product (category, and code where the contract names codes) and the
 * whole period of every toegewezen product, and the contract's uitvoeringsvariant must match how
 * the product fills Omvang/Budget. Deleted products (RedenWijziging 13) assign nothing and pass.
 * These faults have no retourcode: the gemeente gets the hub's rejection document.
 */
@Component
class ContractPolicy {

    /** Eenheden of output-based assignments (WJ756): stuks (output) and euro's. */
    private static final Set<String> OUTPUT_EENHEDEN = Set.of("82", "83");

    private final ContractRegister contracts;

    ContractPolicy(ContractRegister contracts) {
        this.contracts = contracts;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        String gemeente = bericht.header().afzender();
        String aanbieder = bericht.header().ontvanger();
        List<Contract> held = contracts.contractsFor(
                gemeente, aanbieder, bericht.header().type().standaard());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            if (!product.isVerwijderd()) {
                check(held, product, gemeente, aanbieder, Toewijzingbericht.productPath(i), findings);
            }
        }
        return findings;
    }

    private static void check(
            List<Contract> held,
            ToegewezenProduct product,
            String gemeente,
            String aanbieder,
            String path,
            List<Finding> findings) {
        String what = "ToewijzingNummer " + product.toewijzingNummer();
        if (held.isEmpty()) {
            findings.add(Finding.policy(
                    "HUB-CONTRACT",
                    "Aanbieder " + aanbieder + " has no contract with gemeente " + gemeente + " for this law (" + what
                            + ")",
                    path));
            return;
        }
        List<Contract> forProduct =
                held.stream().filter(c -> covers(c, product)).toList();
        if (forProduct.isEmpty()) {
            findings.add(Finding.policy(
                    "HUB-CONTRACT-PRODUCT",
                    "No contract of aanbieder " + aanbieder + " covers product " + describe(product) + " (" + what
                            + ")",
                    path));
            return;
        }
        List<Contract> forPeriod = forProduct.stream()
                .filter(c -> c.coversPeriod(product.ingangsdatum(), product.einddatum()))
                .toList();
        if (forPeriod.isEmpty()) {
            findings.add(Finding.policy(
                    "HUB-CONTRACT-PERIODE",
                    "The contract for " + describe(product) + " does not cover " + product.ingangsdatum() + " to "
                            + (product.einddatum() == null ? "open end" : product.einddatum()) + " (" + what + ")",
                    path));
            return;
        }
        Set<Uitvoeringsvariant> fitting = variants(product);
        if (forPeriod.stream().noneMatch(c -> fitting.contains(c.uitvoeringsvariant()))) {
            findings.add(Finding.policy(
                    "HUB-CONTRACT-VARIANT",
                    "The contract's uitvoeringsvariant " + forPeriod.get(0).uitvoeringsvariant()
                            + " does not match how the toewijzing fills Omvang/Budget (" + what + ")",
                    path));
        }
    }

    /** A generic toewijzing (no Product) needs some contract under the law; otherwise category and code. */
    private static boolean covers(Contract contract, ToegewezenProduct product) {
        return product.product() == null
                || contract.covers(
                        product.product().categorie(), product.product().code());
    }

    /**
     * Specific products with an output eenheid are outputgericht, with a time or piece eenheid
     * inspanningsgericht; aspecific and generic ones (budget or nothing) exist in both variants.
     * Taakgericht contracts carry no toewijzingen at all.
     */
    static Set<Uitvoeringsvariant> variants(ToegewezenProduct product) {
        if (product.omvang() == null) {
            return Set.of(Uitvoeringsvariant.INSPANNINGSGERICHT, Uitvoeringsvariant.OUTPUTGERICHT);
        }
        return OUTPUT_EENHEDEN.contains(product.omvang().eenheid())
                ? Set.of(Uitvoeringsvariant.OUTPUTGERICHT)
                : Set.of(Uitvoeringsvariant.INSPANNINGSGERICHT);
    }

    private static String describe(ToegewezenProduct product) {
        if (product.product() == null) {
            return "generic (budget only)";
        }
        return product.product().categorie()
                + (product.product().code() == null
                        ? ""
                        : "/" + product.product().code());
    }
}
