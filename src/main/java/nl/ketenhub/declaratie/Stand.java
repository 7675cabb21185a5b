package nl.ketenhub.declaratie;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.ketenhub.partner.Contract;

/**
 * Everything the level 3/4 rules of one 323 need from the canonical data set and the contracts,
 * loaded once before judging.
 *
 * @param clienten client id per BSN of the message, only for clients the gemeente knows
 * @param toewijzingen per ToewijzingNummer of the message, only the toewijzingen of this gemeente
 * @param contracten the contracts of gemeente and aanbieder for the law
 * @param nummerBekend the DeclaratieNummer was used before by this aanbieder (TR333)
 * @param laatstePeriode the latest DeclaratiePeriode this aanbieder submitted to this gemeente, or null
 */
record Stand(
        Map<String, Long> clienten,
        Map<Long, Toewijzingstand> toewijzingen,
        Prestatielog log,
        List<Contract> contracten,
        boolean nummerBekend,
        YearMonth laatstePeriode) {}
