package nl.ketenhub.verzoek;

import java.util.List;

/**
 * What the hub knows before a 319, as the level 3 rules need it.
 *
 * @param verzoekBekend a 315/317 of the aanbieder to this gemeente carries the reference (TR355)
 * @param toegewezen a 301 that the aanbieder did not reject carries the reference (TR359)
 * @param eerdereAntwoorden the VerzoekAntwoord of every earlier 319 with the reference that counts, oldest first
 */
record Stand319(boolean verzoekBekend, boolean toegewezen, List<String> eerdereAntwoorden) {

    Stand319 {
        eerdereAntwoorden = List.copyOf(eerdereAntwoorden);
    }
}
