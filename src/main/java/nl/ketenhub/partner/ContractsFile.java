package nl.ketenhub.partner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ketenhub.bericht.PartyRole;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks contracts.yaml against the partner directory and the code lists. */
final class ContractsFile {

    /** WJ756 Eenheid. */
    static final Set<String> EENHEDEN = Set.of("01", "04", "14", "16", "82", "83", "84");

    private final ConfigFile file;
    private final Function<String, Optional<Partner>> partners;

    private ContractsFile(ConfigFile file, Function<String, Optional<Partner>> partners) {
        this.file = file;
        this.partners = partners;
    }

    /** One row per product code (or one with a null code for the whole category). */
    static List<Contract> load(Path path, Function<String, Optional<Partner>> partners) {
        List<String> problems = new ArrayList<>();
        Node root = ConfigFile.parse(path, problems);
        List<Contract> contracts = new ArrayList<>();
        if (root != null) {
            new ContractsFile(ConfigFile.of(path, problems), partners).read(root, contracts);
        }
        ConfigFile.throwIfInvalid(problems);
        return contracts;
    }

    /** iWmo WMO020: 01-18; iJw JZ020: 31-38 and 40-55. */
    static boolean isCategorie(Standaard wet, String categorie) {
        if (categorie == null || !categorie.matches("[0-9]{2}")) {
            return false;
        }
        int c = Integer.parseInt(categorie);
        return wet == Standaard.IWMO ? c >= 1 && c <= 18 : (c >= 31 && c <= 38) || (c >= 40 && c <= 55);
    }

    private record Located(Contract contract, int line) {}

    private void read(Node root, List<Contract> contracts) {
        Map<String, Node> top = file.fields(root, "the file", Set.of("contracts"), Set.of("contracts"));
        if (!top.containsKey("contracts")) {
            return;
        }
        List<Located> seen = new ArrayList<>();
        for (Node node : file.items(top.get("contracts"), "contracts")) {
            for (Contract contract : contract(node)) {
                Optional<Located> overlap = seen.stream()
                        .filter(s -> overlaps(s.contract(), contract))
                        .findFirst();
                if (overlap.isPresent()) {
                    file.problem(
                            node,
                            "contract for " + describe(contract) + " overlaps the contract at line "
                                    + overlap.get().line());
                    continue;
                }
                seen.add(new Located(contract, ConfigFile.line(node)));
                contracts.add(contract);
            }
        }
    }

    private static String describe(Contract c) {
        return c.gemeente() + " x " + c.aanbieder() + " " + c.wet().wet() + " " + c.productcategorie()
                + (c.productcode() == null ? "" : " " + c.productcode());
    }

    private static boolean overlaps(Contract a, Contract b) {
        boolean sameProduct = a.gemeente().equals(b.gemeente())
                && a.aanbieder().equals(b.aanbieder())
                && a.wet() == b.wet()
                && a.productcategorie().equals(b.productcategorie())
                && (a.productcode() == null
                        || b.productcode() == null
                        || a.productcode().equals(b.productcode()));
        return sameProduct
                && (a.einddatum() == null || !b.ingangsdatum().isAfter(a.einddatum()))
                && (b.einddatum() == null || !a.ingangsdatum().isAfter(b.einddatum()));
    }

    private List<Contract> contract(Node node) {
        Map<String, Node> f = file.fields(
                node,
                "a contract",
                Set.of(
                        "gemeente",
                        "aanbieder",
                        "wet",
                        "productcategorie",
                        "productcodes",
                        "ingangsdatum",
                        "einddatum",
                        "uitvoeringsvariant",
                        "tarief",
                        "eenheid"),
                Set.of("gemeente", "aanbieder", "wet", "productcategorie", "ingangsdatum", "uitvoeringsvariant"));
        String gemeente = party(f.get("gemeente"), "gemeente", PartyRole.GEMEENTE);
        String aanbieder = party(f.get("aanbieder"), "aanbieder", PartyRole.AANBIEDER);
        Standaard wet = wet(f.get("wet"));
        String categorie = null;
        if (f.containsKey("productcategorie") && wet != null) {
            categorie = file.text(f.get("productcategorie"), "productcategorie");
            if (categorie != null && !isCategorie(wet, categorie)) {
                file.problem(
                        f.get("productcategorie"),
                        "productcategorie '" + categorie + "' does not exist for the "
                                + wet.wet() + (wet == Standaard.IWMO ? " (01-18)" : " (31-38, 40-55)")
                                + "; quote categories with a leading zero");
                categorie = null;
            }
        }
        List<String> codes = f.containsKey("productcodes") ? codes(f.get("productcodes")) : null;
        LocalDate ingang = date(f.get("ingangsdatum"), "ingangsdatum");
        LocalDate eind = date(f.get("einddatum"), "einddatum");
        if (ingang != null && eind != null && eind.isBefore(ingang)) {
            file.problem(f.get("einddatum"), "einddatum " + eind + " is before ingangsdatum " + ingang);
            eind = null;
            ingang = null;
        }
        Uitvoeringsvariant variant = variant(f.get("uitvoeringsvariant"));
        Long tarief = tarief(f.get("tarief"));
        String eenheid = null;
        if (f.containsKey("eenheid")) {
            eenheid = file.text(f.get("eenheid"), "eenheid");
            if (eenheid != null && !EENHEDEN.contains(eenheid)) {
                file.problem(
                        f.get("eenheid"), "eenheid '" + eenheid + "' is not a WJ756 code (01, 04, 14, 16, 82, 83, 84)");
                eenheid = null;
            }
        }
        if (f.containsKey("tarief") != f.containsKey("eenheid")) {
            file.problem(node, "tarief and eenheid go together: give both or neither");
            return List.of();
        }
        if (gemeente == null
                || aanbieder == null
                || wet == null
                || categorie == null
                || (codes == null && f.containsKey("productcodes"))
                || ingang == null
                || variant == null
                || (f.containsKey("tarief") && (tarief == null || eenheid == null))) {
            return List.of();
        }
        if (codes == null) {
            return List.of(
                    new Contract(gemeente, aanbieder, wet, categorie, null, ingang, eind, variant, tarief, eenheid));
        }
        List<Contract> result = new ArrayList<>();
        for (String code : codes) {
            result.add(new Contract(gemeente, aanbieder, wet, categorie, code, ingang, eind, variant, tarief, eenheid));
        }
        return result;
    }

    private String party(Node node, String field, PartyRole role) {
        if (node == null) {
            return null;
        }
        String code = file.text(node, field);
        if (code == null) {
            return null;
        }
        String pattern = role == PartyRole.GEMEENTE ? "[0-9]{4}" : "[0-9]{8}";
        Optional<Partner> partner = partners.apply(code);
        if (partner.isEmpty()) {
            file.problem(
                    node,
                    field + " '" + code + "' is not a partner in partners.yaml"
                            + (code.matches(pattern)
                                    ? ""
                                    : role == PartyRole.GEMEENTE
                                            ? " (a gemeentecode has 4 digits; quote codes with a leading zero)"
                                            : " (an AGB code has 8 digits)"));
            return null;
        }
        if (partner.get().role() != role) {
            file.problem(
                    node,
                    field + " '" + code + "' is " + withArticle(partner.get().role()) + ", not " + withArticle(role));
            return null;
        }
        return code;
    }

    private static String withArticle(PartyRole role) {
        return role == PartyRole.AANBIEDER ? "an aanbieder" : "a gemeente";
    }

    private Standaard wet(Node node) {
        if (node == null) {
            return null;
        }
        String text = file.text(node, "wet");
        for (Standaard s : Standaard.values()) {
            if (s.wet().equalsIgnoreCase(text)) {
                return s;
            }
        }
        if (text != null) {
            file.problem(node, "wet '" + text + "' is not one of Wmo, Jeugdwet");
        }
        return null;
    }

    private List<String> codes(Node node) {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = file.items(node, "productcodes");
        for (Node item : items) {
            String code = file.text(item, "productcodes");
            if (code == null) {
                return null;
            }
            if (!code.matches("[0-9A-Za-z]{1,5}")) {
                file.problem(item, "productcode '" + code + "' is not 1-5 letters or digits");
                return null;
            }
            if (!seen.add(code)) {
                file.problem(item, "productcode '" + code + "' is listed twice");
                return null;
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            file.problem(node, "productcodes is empty: leave it out to contract the whole category");
            return null;
        }
        return codes;
    }

    private LocalDate date(Node node, String field) {
        if (node == null) {
            return null;
        }
        String text = file.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            file.problem(node, field + " '" + text + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private Uitvoeringsvariant variant(Node node) {
        if (node == null) {
            return null;
        }
        String text = file.text(node, "uitvoeringsvariant");
        try {
            return Uitvoeringsvariant.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            file.problem(
                    node,
                    "uitvoeringsvariant '" + text + "' is not one of inspanningsgericht, outputgericht, taakgericht");
            return null;
        }
    }

    private Long tarief(Node node) {
        if (node == null) {
            return null;
        }
        String text = file.text(node, "tarief");
        if (text != null && text.matches("[0-9]{1,12}")) {
            return Long.valueOf(text);
        }
        file.problem(node, "tarief '" + text + "' is not a whole number of eurocents");
        return null;
    }
}
