package nl.ketenhub.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.management.ObjectName;
import nl.ketenhub.partner.Partner;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Registers the operations MBeans: one {@code PartnerChannel} per partner, {@code OverdueAnswers},
 * {@code Operations} and {@code Configuration}. The per-BerichtCode counters register themselves
 * ({@link BerichtMetrics}).
 */
@Component
class OperationsMBeans implements SmartInitializingSingleton {

    /** The actor of JMX operations in the audit trail when the connection carries no authenticated user. */
    static final String JMX = "jmx";

    /** The authenticated JMX user (remote connector with authentication), else {@link #JMX}. */
    @SuppressWarnings("removal")
    static String jmxActor() {
        javax.security.auth.Subject subject =
                javax.security.auth.Subject.getSubject(java.security.AccessController.getContext());
        if (subject == null || subject.getPrincipals().isEmpty()) {
            return JMX;
        }
        return JMX + ":" + subject.getPrincipals().iterator().next().getName();
    }

    private final MonitoringMBeans mbeans;
    private final PartnerChannels channels;
    private final OverdueAnswers overdue;
    private final Replays replays;
    private final EffectiveConfig config;
    private final DataProtection protection;
    private final Map<String, ObjectName> names = new LinkedHashMap<>();

    OperationsMBeans(
            MonitoringMBeans mbeans,
            PartnerChannels channels,
            OverdueAnswers overdue,
            Replays replays,
            EffectiveConfig config,
            DataProtection protection) {
        this.mbeans = mbeans;
        this.channels = channels;
        this.overdue = overdue;
        this.replays = replays;
        this.config = config;
        this.protection = protection;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Partner partner : channels.partners()) {
            names.put(
                    "PartnerChannel:" + partner.code(),
                    mbeans.register(
                            "type=PartnerChannel,partner=" + partner.code(),
                            new Channel(partner.code()),
                            PartnerChannelMXBean.class));
        }
        names.put("OverdueAnswers", mbeans.register("type=OverdueAnswers", new Overdue(), OverdueAnswersMXBean.class));
        names.put("Operations", mbeans.register("type=Operations", new Operations(), HubOperationsMXBean.class));
        names.put(
                "Configuration",
                mbeans.register("type=Configuration", new Configuration(), HubConfigurationMXBean.class));
        names.put(
                "DataProtection", mbeans.register("type=DataProtection", new Protection(), DataProtectionMXBean.class));
    }

    /** The registered name of an MBean: {@code PartnerChannel:<code>}, {@code OverdueAnswers}, ... */
    ObjectName name(String key) {
        return names.get(key);
    }

    private final class Channel implements PartnerChannelMXBean {

        private final String partner;

        Channel(String partner) {
            this.partner = partner;
        }

        private PartnerChannels.Status status() {
            return channels.status(partner);
        }

        @Override
        public String getPartner() {
            return partner;
        }

        @Override
        public String getDeliveryType() {
            return status().deliveryType();
        }

        @Override
        public String getState() {
            return channels.isPaused(partner) ? "PAUSED" : "RUNNING";
        }

        @Override
        public String getLastDelivery() {
            var last = status().lastDelivery();
            return last == null ? null : last.toString();
        }

        @Override
        public int getConsecutiveFailures() {
            return status().consecutiveFailures();
        }

        @Override
        public long getBacklog() {
            return status().backlog();
        }

        @Override
        public long getOldestUndeliveredAgeSeconds() {
            return status().oldestUndeliveredAgeSeconds();
        }

        @Override
        public long getParked() {
            return status().parked();
        }

        @Override
        public void pause() {
            channels.pause(partner, jmxActor());
        }

        @Override
        public int resume() {
            return channels.resume(partner, jmxActor());
        }
    }

    private final class Overdue implements OverdueAnswersMXBean {

        @Override
        public int getOverdueRetours() {
            return (int) overdue.now().stream()
                    .filter(o -> !o.awaited().endsWith("325"))
                    .count();
        }

        @Override
        public int getOverdueDeclaratieAntwoorden() {
            return (int) overdue.now().stream()
                    .filter(o -> o.awaited().endsWith("325"))
                    .count();
        }

        @Override
        public String[] getOverdue() {
            return overdue.now().stream()
                    .map(o -> o.awaited() + " awaited for bericht " + o.berichtId() + " (BerichtCode "
                            + o.berichtCode() + ") to " + o.receiver() + ", Afzender " + o.afzender()
                            + ", Identificatie " + o.identificatie() + ", delivered " + o.deliveredAt())
                    .toArray(String[]::new);
        }
    }

    private final class Operations implements HubOperationsMXBean {

        @Override
        public String replay(String berichtId, boolean force) {
            Replays.Result result = replays.replay(UUID.fromString(berichtId), force, jmxActor());
            return result.outcome()
                    + (result.replay() == null ? "" : " as " + result.replay())
                    + (result.reason() == null ? "" : ": " + result.reason());
        }

        @Override
        public void pausePartner(String partner) {
            channels.pause(partner, jmxActor());
        }

        @Override
        public int resumePartner(String partner) {
            return channels.resume(partner, jmxActor());
        }
    }

    private final class Configuration implements HubConfigurationMXBean {

        @Override
        public String[] getPartners() {
            return config.partners().stream()
                    .map(p -> p.code() + " " + p.naam() + " " + p.role() + " intake=" + p.intake() + " delivery="
                            + p.deliveryType() + (p.deliveryTarget() == null ? "" : ":" + p.deliveryTarget())
                            + (p.paused() ? " PAUSED" : ""))
                    .toArray(String[]::new);
        }

        @Override
        public String[] getContracts() {
            return config.contracts().stream().map(Object::toString).toArray(String[]::new);
        }

        @Override
        public Map<String, String> getSchemaVersions() {
            Map<String, String> versions = new LinkedHashMap<>();
            List<EffectiveConfig.SchemaVersion> all = config.schemaVersions();
            all.forEach(v -> versions.put(v.schema(), v.berichtXsdVersie() + " / " + v.basisschemaXsdVersie()));
            return versions;
        }
    }

    private final class Protection implements DataProtectionMXBean {

        @Override
        public String verifyAuditTrail() {
            var result = protection.verify(jmxActor());
            return result.intact()
                    ? "INTACT, " + result.entries() + " entries"
                    : "BROKEN at " + result.firstBroken() + ": " + result.problem();
        }

        @Override
        public String purgePayloads() {
            var result = protection.purge(jmxActor());
            return result.purged() + " payloads removed " + result.perType();
        }

        @Override
        public String reencryptBsns(int batchSize) {
            var result = protection.reencrypt(jmxActor(), batchSize);
            return "key " + result.currentKey() + ": " + result.moved() + " moved, " + result.failed() + " failed, "
                    + result.remaining() + " remaining";
        }
    }
}
