package nl.ketenhub.declaratie;

import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.partner.Contract;

/**
 * TR418 (0611, level 4): the ProductTarief is the contract tariff for the product code and Eenheid.
 * A claim in minutes on an hourly contract uses the hourly tariff / 60, rounded to whole eurocents
 * (IV081). Products whose contract names no tariff are not checked.
 */
final class TR418 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Declaratiebericht.Prestatie p = zaak.prestatie();
        if (p.productTarief() == null) {
            return Optional.empty();
        }
        List<Contract> priced = zaak.contracten().stream()
                .filter(c -> c.tarief() != null && c.eenheid() != null)
                .filter(c -> c.covers(p.productCategorie(), p.productCode()))
                .filter(c -> c.isValidOn(p.begin()))
                .toList();
        if (priced.isEmpty() || priced.stream().anyMatch(c -> matches(c, p))) {
            return Optional.empty();
        }
        return PrestatieRule.external(
                "TR418",
                "0611",
                zaak,
                "ProductTarief " + p.productTarief() + " is not the contract tariff for Eenheid " + p.eenheid());
    }

    private static boolean matches(Contract contract, Declaratiebericht.Prestatie p) {
        if (contract.eenheid().equals(p.eenheid())) {
            return contract.tarief().equals(p.productTarief());
        }
        return Volumes.UUR.equals(contract.eenheid())
                && Volumes.MINUUT.equals(p.eenheid())
                && Math.round(contract.tarief() / 60.0) == p.productTarief();
    }
}
