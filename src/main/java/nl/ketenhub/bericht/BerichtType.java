package nl.ketenhub.bericht;

import static nl.ketenhub.bericht.PartyRole.AANBIEDER;
import static nl.ketenhub.bericht.PartyRole.GEMEENTE;
import static nl.ketenhub.bericht.Standaard.IJW;
import static nl.ketenhub.bericht.Standaard.IWMO;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every message of iWmo 3.2 and iJw 3.2: its number, its BerichtCode (COD002-VEKT), who sends it
 * and whether it is a retour. The header's Afzender of a retour is the Afzender of the heenbericht
 * it answers, so {@link #sentBy()} is the role that physically sends the message.
 */
public enum BerichtType {
    WMO301(IWMO, 301, "414", GEMEENTE),
    WMO302(IWMO, 302, "415", AANBIEDER),
    WMO305(IWMO, 305, "418", AANBIEDER),
    WMO306(IWMO, 306, "419", GEMEENTE),
    WMO307(IWMO, 307, "420", AANBIEDER),
    WMO308(IWMO, 308, "421", GEMEENTE),
    WMO315(IWMO, 315, "444", AANBIEDER),
    WMO316(IWMO, 316, "445", GEMEENTE),
    WMO317(IWMO, 317, "480", AANBIEDER),
    WMO318(IWMO, 318, "481", GEMEENTE),
    WMO319(IWMO, 319, "482", GEMEENTE),
    WMO320(IWMO, 320, "483", AANBIEDER),
    WMO323(IWMO, 323, "484", AANBIEDER),
    WMO325(IWMO, 325, "485", GEMEENTE),
    JW301(IJW, 301, "436", GEMEENTE),
    JW302(IJW, 302, "437", AANBIEDER),
    JW305(IJW, 305, "438", AANBIEDER),
    JW306(IJW, 306, "439", GEMEENTE),
    JW307(IJW, 307, "440", AANBIEDER),
    JW308(IJW, 308, "441", GEMEENTE),
    JW315(IJW, 315, "446", AANBIEDER),
    JW316(IJW, 316, "447", GEMEENTE),
    JW317(IJW, 317, "486", AANBIEDER),
    JW318(IJW, 318, "487", GEMEENTE),
    JW319(IJW, 319, "488", GEMEENTE),
    JW320(IJW, 320, "489", AANBIEDER),
    JW323(IJW, 323, "490", AANBIEDER),
    JW325(IJW, 325, "491", GEMEENTE);

    private static final Map<String, BerichtType> BY_NAMESPACE =
            Arrays.stream(values()).collect(Collectors.toMap(BerichtType::namespace, Function.identity()));

    private final Standaard standaard;
    private final int nummer;
    private final String berichtCode;
    private final PartyRole sentBy;

    BerichtType(Standaard standaard, int nummer, String berichtCode, PartyRole sentBy) {
        this.standaard = standaard;
        this.nummer = nummer;
        this.berichtCode = berichtCode;
        this.sentBy = sentBy;
    }

    public Standaard standaard() {
        return standaard;
    }

    public int nummer() {
        return nummer;
    }

    public String berichtCode() {
        return berichtCode;
    }

    /** The role of the party that physically sends this message. */
    public PartyRole sentBy() {
        return sentBy;
    }

    /** 302, 306, 308, 316, 318 and 320 are retours; 323 and 325 are heenberichten without retour. */
    public boolean isRetour() {
        return nummer == 302 || nummer == 306 || nummer == 308 || nummer == 316 || nummer == 318 || nummer == 320;
    }

    /** The retour that answers this heenbericht, if the standard has one. */
    public Optional<BerichtType> retour() {
        if (isRetour() || nummer == 323 || nummer == 325) {
            return Optional.empty();
        }
        return Optional.of(of(standaard, nummer + 1));
    }

    /** The heenbericht a retour answers. */
    public Optional<BerichtType> heenbericht() {
        return isRetour() ? Optional.of(of(standaard, nummer - 1)) : Optional.empty();
    }

    /** Schema name as in {@code jw301}. */
    public String schemaName() {
        return standaard.messagePrefix() + nummer;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/" + standaard.folder() + "/3_2/" + schemaName() + "/schema";
    }

    /** Classpath location of our own schema for this message. */
    public String schemaResource() {
        return "schemas/" + standaard.folder() + "/" + schemaName() + ".xsd";
    }

    public static BerichtType of(Standaard standaard, int nummer) {
        return valueOf(standaard.codePrefix() + nummer);
    }

    public static Optional<BerichtType> forNamespace(String namespace) {
        return Optional.ofNullable(BY_NAMESPACE.get(namespace));
    }
}
