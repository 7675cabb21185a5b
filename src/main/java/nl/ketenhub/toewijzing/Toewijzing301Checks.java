package nl.ketenhub.toewijzing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.TR135;
import org.springframework.stereotype.Component;

/**
 * The checks a 301 (WMO301 or JW301) gets from the message alone: every level 2 rule (retourcode
 * 0001) plus the level 4 clock rule TR135 on the header.
 */
@Component
public final class Toewijzing301Checks {

    private static final List<Toewijzing301Rule> RULES = List.of(
            new CS002(),
            new CS003(),
            new CD075(),
            new CD076(),
            new CD041(),
            new CD077(),
            new CD078(),
            new CD079(),
            new CD080(),
            new CS335(),
            new CS336(),
            new CS338(),
            new TR302(),
            new TR101(),
            new TR006(),
            new TR061(),
            new TR002(),
            new CD009(),
            new TR134(),
            new CS139(),
            new CS050(),
            new CS318(),
            new CD007(),
            new CD005(),
            new CD025(),
            new CD034(),
            new CS089());

    private final Clock clock;

    public Toewijzing301Checks(Clock clock) {
        this.clock = clock;
    }

    /** All findings, level 2 first, then TR135; empty when the message passes. */
    public List<Finding> check(Toewijzingbericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (Toewijzing301Rule rule : RULES) {
            findings.addAll(rule.check(bericht));
        }
        if (bericht.header() != null) {
            TR135.check(bericht.header(), clock).ifPresent(findings::add);
        }
        return findings;
    }
}
