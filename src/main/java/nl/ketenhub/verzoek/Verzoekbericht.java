package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/** A 315 or a 317: what the rules shared by both messages need. */
sealed interface Verzoekbericht permits VerzoekOmToewijzing, VerzoekOmWijziging {

    BerichtHeader header();

    String bsn();

    /** The requested product lines with their class paths, in message order. */
    List<ProductRegel> regels();
}
