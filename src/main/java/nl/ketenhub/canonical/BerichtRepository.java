package nl.ketenhub.canonical;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BerichtRepository extends JpaRepository<Bericht, UUID> {

    /**
     * TR056: whether this sender already used this Identificatie for this BerichtCode in an inbound
     * message the hub accepted (ACCEPTED or DELIVERED). Rejected duplicates do not count.
     */
    @Query(
            """
            select count(b) > 0 from Bericht b
            where b.direction = nl.ketenhub.canonical.Bericht.Direction.IN
              and b.afzender = :afzender and b.berichtCode = :berichtCode and b.identificatie = :identificatie
              and b.status in (nl.ketenhub.canonical.Bericht.Status.ACCEPTED,
                               nl.ketenhub.canonical.Bericht.Status.DELIVERED)
            """)
    boolean existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie(
            String afzender, String berichtCode, String identificatie);

    List<Bericht> findByRelatedIdOrderByReceivedAtAsc(UUID relatedId);

    /** The replays of an inbound message (operations). */
    List<Bericht> findByReplayOfOrderByReceivedAtAsc(UUID replayOf);

    /** The newest messages of one direction for one partner: a pulling partner's outbox. */
    List<Bericht> findTop100ByDirectionAndPartnerOrderByReceivedAtDesc(Bericht.Direction direction, String partner);

    /**
     * Messages still RECEIVED (not processed, or not delivered) since before the given moment: left
     * behind when the hub stopped between writing the log and queueing the message.
     */
    @Query(
            """
            select b.id from Bericht b
            where b.direction = :direction
              and b.status = nl.ketenhub.canonical.Bericht.Status.RECEIVED
              and b.updatedAt < :before
            order by b.updatedAt
            """)
    List<UUID> findStranded(
            Bericht.Direction direction, java.time.Instant before, org.springframework.data.domain.Pageable page);

    /**
     * As {@link #findStranded} for inbound messages, without those a processing attempt on the given
     * route failed for since the given moment: such a message was on that route's queue, and the
     * broker may still hold it for redelivery. Queued again, it could be there twice.
     */
    @Query(
            """
            select b.id from Bericht b
            where b.direction = nl.ketenhub.canonical.Bericht.Direction.IN
              and b.status = nl.ketenhub.canonical.Bericht.Status.RECEIVED
              and b.updatedAt < :before
              and not exists (select a.id from Aflevering a
                              where a.berichtId = b.id and a.target = :route and a.attemptAt >= :attemptedSince)
            order by b.updatedAt
            """)
    List<UUID> findStrandedInbound(
            java.time.Instant before,
            String route,
            java.time.Instant attemptedSince,
            org.springframework.data.domain.Pageable page);

    /** Whether a delivery to this receiver about this client (keyed BSN hash) is parked (FAILED). */
    @Query(
            """
            select count(o) > 0 from Bericht o, Bericht i
            where o.direction = nl.ketenhub.canonical.Bericht.Direction.OUT
              and o.status = nl.ketenhub.canonical.Bericht.Status.FAILED
              and o.partner = :receiver and o.relatedId = i.id and i.clientHash = :clientHash
            """)
    boolean existsParkedForClient(String receiver, String clientHash);

    /** Undelivered (RECEIVED) outbound messages to this receiver about this client, oldest first. */
    @Query(
            """
            select o.id from Bericht o, Bericht i
            where o.direction = nl.ketenhub.canonical.Bericht.Direction.OUT
              and o.status = nl.ketenhub.canonical.Bericht.Status.RECEIVED
              and o.partner = :receiver and o.relatedId = i.id and i.clientHash = :clientHash
            order by o.receivedAt
            """)
    List<UUID> findPendingForClient(String receiver, String clientHash);
}
