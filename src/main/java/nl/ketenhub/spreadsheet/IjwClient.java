package nl.ketenhub.spreadsheet;

import nl.ketenhub.xml.ijw.basis.CDTGeboortedatum;
import nl.ketenhub.xml.ijw.basis.CDTVerkorteNaam;

/**
 * The Client of the generated iJw 305/307/315 classes, so that {@link MessageWriter} fills its
 * identifying part once. Public only because the generated classes implement it ({@code
 * inheritance:implements} in schemas/ijw/ijw.xjb); the signatures are those xjc generates.
 */
public interface IjwClient {

    void setBsn(String value);

    void setGeboortedatum(CDTGeboortedatum value);

    void setGeslacht(String value);

    void setNaam(CDTVerkorteNaam value);
}
