package nl.ketenhub.referentie;

import java.util.Map;
import nl.ketenhub.bericht.Standaard;
import org.springframework.stereotype.Component;

/**
 * The product code list in use per gemeente and law (TR381): the gemeente's own list from {@code
 * ketenhub.referentie.productcodes} (default config/productcodes.csv, optional), otherwise the
 * national convention.
 *
 * <p>National convention: the codes of the national lists begin with the two digits of their
 * category (iJw 45A03 in 45, 55A11 in 55; the national iWmo classification of aids 11X00 in 11,
 * 12X00 in 12, 13X00 in 13). A code that begins with two digits therefore belongs to that category
 * only. A code that does not (e.g. ABCDE) is a gemeente's own code; without that gemeente's list the
 * hub cannot judge it and accepts it (OP095: reject only on information the sender can see).
 */
@Component
public class ProductcodeRegister {

    private final ReloadingFile<Map<ProductcodeFile.Lijst, Map<String, String>>> file;

    public ProductcodeRegister(ReferentieProperties properties, GemeentecodeRegister gemeentecodes) {
        this.file = new ReloadingFile<>(
                properties.productcodes(),
                path -> ProductcodeFile.load(path, gemeentecodes::isKnown),
                properties.reloadInterval());
    }

    /** Whether the gemeente has its own product code list for this law. */
    public boolean hasOwnList(String gemeente, Standaard wet) {
        return file.get().containsKey(new ProductcodeFile.Lijst(gemeente, wet));
    }

    /** Whether the code belongs to the category in the list the gemeente uses for this law. */
    public boolean belongsTo(String gemeente, Standaard wet, String categorie, String code) {
        Map<String, String> own = file.get().get(new ProductcodeFile.Lijst(gemeente, wet));
        if (own != null) {
            return categorie != null && categorie.equals(own.get(code));
        }
        return belongsToByNationalConvention(categorie, code);
    }

    static boolean belongsToByNationalConvention(String categorie, String code) {
        if (code == null || code.length() < 2 || !code.substring(0, 2).matches("[0-9]{2}")) {
            return true;
        }
        return code.substring(0, 2).equals(categorie);
    }
}
