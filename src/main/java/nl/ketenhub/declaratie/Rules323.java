package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ketenhub.bericht.Finding;

/** Small helpers the 323 level 2 rules share. */
final class Rules323 {

    static final LocalDate FIRST_DAY_OF_2021 = LocalDate.of(2021, 1, 1);

    private Rules323() {}

    /** A prestatie with its path. */
    record At(String path, int client, Declaratiebericht.Prestatie prestatie) {}

    static List<At> prestaties(Declaratiebericht bericht) {
        List<At> all = new ArrayList<>();
        for (int c = 0; c < bericht.clienten().size(); c++) {
            List<Declaratiebericht.Prestatie> prestaties =
                    bericht.clienten().get(c).prestaties();
            for (int p = 0; p < prestaties.size(); p++) {
                all.add(new At(Declaratiebericht.prestatiePath(c, p), c, prestaties.get(p)));
            }
        }
        return all;
    }

    /** One content finding (0001) for every prestatie that shows the fault. */
    static List<Finding> perPrestatie(
            Declaratiebericht bericht,
            String rule,
            Predicate<Declaratiebericht.Prestatie> fault,
            Function<Declaratiebericht.Prestatie, String> message) {
        List<Finding> findings = new ArrayList<>();
        for (At at : prestaties(bericht)) {
            if (fault.test(at.prestatie())) {
                findings.add(Finding.content(rule, message.apply(at.prestatie()), at.path()));
            }
        }
        return findings;
    }

    static boolean withinOneMonth(LocalDate begin, LocalDate eind) {
        return YearMonth.from(begin).equals(YearMonth.from(eind));
    }
}
