package nl.ketenhub.referentie;

import nl.ketenhub.bericht.Standaard;

/** The ProductCategorie code lists: iWmo WMO020 (01-18), iJw JZ020 (31-38 and 40-55). */
public final class Productcategorieen {

    private Productcategorieen() {}

    public static boolean exists(Standaard wet, String categorie) {
        if (categorie == null || !categorie.matches("[0-9]{2}")) {
            return false;
        }
        int c = Integer.parseInt(categorie);
        return wet == Standaard.IWMO ? c >= 1 && c <= 18 : (c >= 31 && c <= 38) || (c >= 40 && c <= 55);
    }

    static String ranges(Standaard wet) {
        return wet == Standaard.IWMO ? "01-18" : "31-38, 40-55";
    }
}
