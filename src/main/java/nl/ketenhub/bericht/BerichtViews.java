package nl.ketenhub.bericht;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.BerichtRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The message log as the API shows it ({@link BerichtView}): one message with its links, a partner's outbox. */
@Component
@Transactional(readOnly = true)
public class BerichtViews {

    private final BerichtRepository berichten;

    BerichtViews(BerichtRepository berichten) {
        this.berichten = berichten;
    }

    /** A message with the messages linked to it (its answer, its forward, retours), oldest first. */
    public Optional<BerichtView> view(UUID id) {
        return berichten.findById(id).map(bericht -> {
            List<BerichtView.Linked> linked = berichten.findByRelatedIdOrderByReceivedAtAsc(id).stream()
                    .map(b -> new BerichtView.Linked(b.getId(), b.getDirection(), b.getBerichtType(), b.getStatus()))
                    .toList();
            return BerichtView.of(bericht, linked);
        });
    }

    /** The newest 100 messages the hub sent, or has to send, to a partner. */
    public List<BerichtView> outbox(String partner) {
        return berichten.findTop100ByDirectionAndPartnerOrderByReceivedAtDesc(Direction.OUT, partner).stream()
                .map(b -> BerichtView.of(b, List.of()))
                .toList();
    }
}
