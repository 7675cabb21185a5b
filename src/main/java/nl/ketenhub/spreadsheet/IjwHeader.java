package nl.ketenhub.spreadsheet;

import nl.ketenhub.xml.ijw.basis.CDTBerichtIdentificatie;
import nl.ketenhub.xml.ijw.basis.CDTXsdVersie;

/**
 * The Header of the generated iJw 305/307/315/323 classes, so that {@link MessageWriter} fills it
 * once. Public only because the generated classes implement it ({@code inheritance:implements} in
 * schemas/ijw/ijw.xjb); the signatures are those xjc generates.
 */
public interface IjwHeader {

    void setBerichtCode(String value);

    void setBerichtVersie(int value);

    void setBerichtSubversie(int value);

    void setAfzender(String value);

    void setOntvanger(String value);

    void setBerichtIdentificatie(CDTBerichtIdentificatie value);

    void setXsdVersie(CDTXsdVersie value);
}
