package nl.ketenhub.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.AfleveringRepository;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.security.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message's chain in one view: from any message of it, the heenbericht, what the hub forwarded and
 * answered, the retour (or 325) that came back and what became of it, the replays, and every
 * delivery attempt. Links are the message log's related id (retour to heenbericht, outbound to
 * inbound) and replay marker.
 */
@Component
class Keten {

    private static final int MAX_DEPTH = 5;

    private final BerichtRepository berichten;
    private final AfleveringRepository afleveringen;

    Keten(BerichtRepository berichten, AfleveringRepository afleveringen) {
        this.berichten = berichten;
        this.afleveringen = afleveringen;
    }

    /** The chain, in arrival order, the heenbericht first. */
    record Chain(UUID heenbericht, List<Link> berichten) {

        /** The links this person may read; empty when it may read none (a regisseur of another gemeente). */
        Optional<Chain> readableBy(Person person) {
            List<Link> readable = berichten.stream()
                    .filter(l -> person.mayRead(l.partner(), l.afzender(), l.ontvanger()))
                    .toList();
            return readable.isEmpty() ? Optional.empty() : Optional.of(new Chain(heenbericht, readable));
        }
    }

    /** One message of the chain; never its payload or a BSN. */
    record Link(
            UUID id,
            String role,
            Bericht.Direction direction,
            Bericht.Status status,
            String berichtCode,
            String berichtType,
            String partner,
            String afzender,
            String ontvanger,
            String identificatie,
            Instant receivedAt,
            UUID relatedId,
            UUID replayOf,
            List<Finding> findings,
            List<Attempt> afleveringen) {}

    record Attempt(String channel, String target, Instant at, String outcome, String detail) {}

    @Transactional(readOnly = true)
    Optional<Chain> of(UUID id) {
        return berichten.findById(id).map(start -> {
            Bericht root = root(start);
            Map<UUID, Link> links = new LinkedHashMap<>();
            collect(root, null, 0, links);
            List<Link> ordered = new ArrayList<>(links.values());
            Link first = ordered.remove(0);
            ordered.sort(java.util.Comparator.comparing(Link::receivedAt));
            ordered.add(0, first);
            return new Chain(root.getId(), ordered);
        });
    }

    private Bericht root(Bericht start) {
        Bericht current = start;
        for (int i = 0; i < MAX_DEPTH; i++) {
            UUID up = current.getRelatedId() != null ? current.getRelatedId() : current.getReplayOf();
            Optional<Bericht> parent = up == null ? Optional.empty() : berichten.findById(up);
            if (parent.isEmpty()) {
                return current;
            }
            current = parent.get();
        }
        return current;
    }

    private void collect(Bericht bericht, Bericht parent, int depth, Map<UUID, Link> links) {
        if (depth > MAX_DEPTH || links.containsKey(bericht.getId())) {
            return;
        }
        links.put(bericht.getId(), link(bericht, role(bericht, parent)));
        for (Bericht child : berichten.findByRelatedIdOrderByReceivedAtAsc(bericht.getId())) {
            collect(child, bericht, depth + 1, links);
        }
        for (Bericht replay : berichten.findByReplayOfOrderByReceivedAtAsc(bericht.getId())) {
            collect(replay, bericht, depth + 1, links);
        }
    }

    private static String role(Bericht bericht, Bericht parent) {
        if (parent == null) {
            return bericht.getDirection() == Bericht.Direction.IN ? "HEENBERICHT" : "OUTBOUND";
        }
        if (parent.getId().equals(bericht.getReplayOf())) {
            return "REPLAY";
        }
        if (bericht.getDirection() == Bericht.Direction.IN) {
            return "RETOUR";
        }
        if (bericht.getBerichtType() == null) {
            return "AFWIJZING";
        }
        return bericht.getBerichtType() == parent.getBerichtType() ? "FORWARD" : "ANSWER";
    }

    private Link link(Bericht b, String role) {
        List<Attempt> attempts = afleveringen.findByBerichtIdOrderByAttemptAtAsc(b.getId()).stream()
                .map(a -> new Attempt(
                        a.getChannel().name(),
                        a.getTarget(),
                        a.getAttemptAt(),
                        a.getOutcome().name(),
                        a.getDetail()))
                .toList();
        return new Link(
                b.getId(),
                role,
                b.getDirection(),
                b.getStatus(),
                b.getBerichtCode(),
                b.getBerichtType() == null ? null : b.getBerichtType().name(),
                b.getPartner(),
                b.getAfzender(),
                b.getOntvanger(),
                b.getIdentificatie(),
                b.getReceivedAt(),
                b.getRelatedId(),
                b.getReplayOf(),
                b.getFindings(),
                attempts);
    }
}
