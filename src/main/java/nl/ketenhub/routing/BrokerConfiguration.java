package nl.ketenhub.routing;

import jakarta.jms.ConnectionFactory;
import nl.ketenhub.bericht.RedeliverySpan;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.server.config.JMSConfiguration;
import org.apache.activemq.artemis.jms.server.config.JMSQueueConfiguration;
import org.apache.activemq.artemis.jms.server.config.TopicConfiguration;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker: a durable NIO journal with a calibrated flush timeout, broker-side
 * redelivery with backoff, and a parking queue for messages that keep failing or expire. Every hub address
 * gets the same settings ({@code ketenhub.#}). With the TCP acceptor open, broker security is on
 * ({@link BrokerSecurity}). With a standalone broker (profile {@code remote-broker}: {@code
 * spring.artemis.embedded.enabled=false}) no embedded server is configured; that broker's {@code
 * broker.xml} needs the same address settings (README, Reliability).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final String PARKED = "ketenhub.parked";

    @Bean
    @ConditionalOnBooleanProperty(name = "spring.artemis.embedded.enabled", matchIfMissing = true)
    ArtemisConfigurationCustomizer ketenhubBroker(
            BrokerProperties properties, PipelineProperties pipeline, PartnerDirectory partners) {
        return configuration -> {
            configuration.setJournalType(JournalType.NIO);
            configuration.setJournalBufferTimeout_NIO(properties.journalBufferTimeoutNanos());
            configuration.setJournalDatasync(true);
            configuration.setJournalCompactMinFiles(properties.journalCompactMinFiles());
            // duplicate-detection ids kept per address: more than the largest backlog we plan for
            configuration.setIDCacheSize(100_000);
            if (properties.tcpPort() > 0) {
                try {
                    configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + properties.tcpPort());
                } catch (Exception e) {
                    throw new IllegalStateException("ketenhub.broker.tcp-port " + properties.tcpPort(), e);
                }
                if (properties.secured()) {
                    BrokerSecurity.apply(configuration, partners);
                }
            }
            AddressSettings settings = hubSettings(properties);
            configuration.addAddressSetting("ketenhub.#", settings);
            configuration.addAddressSetting("#", settings);
            // the pipeline's consumers get messages sent ahead, of the client groups each one holds
            configuration.addAddressSetting(
                    "ketenhub.pipeline",
                    hubSettings(properties).setDefaultConsumerWindowSize(pipeline.consumerWindowBytes()));
            // deliveries: no prefetch, so a backlog is shared by both consumers instead of waiting
            // behind one that is stuck on a slow partner endpoint
            configuration.addAddressSetting(
                    "ketenhub.delivery", hubSettings(properties).setDefaultConsumerWindowSize(0));
            // the partners' queues: forwards' duplicate ids for a shorter while, so that the journal
            // files they land in can be freed (BrokerProperties#outboundIdCacheSize)
            configuration.addAddressSetting(
                    "ketenhub.*.out", hubSettings(properties).setIDCacheSize(properties.outboundIdCacheSize()));
        };
    }

    private static AddressSettings hubSettings(BrokerProperties properties) {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(PARKED))
                // the hub sets no time-to-live, but a partner's JMS client may: a message that expires
                // before intake takes it is parked, not dropped (Artemis drops it without an expiry address)
                .setExpiryAddress(SimpleString.of(PARKED))
                .setMaxDeliveryAttempts(properties.maxDeliveryAttempts())
                .setRedeliveryDelay(properties.redeliveryDelayMillis())
                .setRedeliveryMultiplier(properties.redeliveryMultiplier())
                .setMaxRedeliveryDelay(properties.maxRedeliveryDelayMillis())
                .setMaxSizeBytes(64L * 1024 * 1024)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true);
    }

    /**
     * Spring Boot's embedded broker (its queues and topics, then the customizers, as Boot does), with
     * {@link BrokerSecurity} checking logins and rights once the TCP acceptor is open. Declared here
     * because the security manager must be set before the broker starts.
     */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnBooleanProperty(name = "spring.artemis.embedded.enabled", matchIfMissing = true)
    EmbeddedActiveMQ ketenhubBrokerServer(
            org.apache.activemq.artemis.core.config.Configuration configuration,
            JMSConfiguration jms,
            ObjectProvider<ArtemisConfigurationCustomizer> customizers,
            BrokerProperties properties,
            PartnerDirectory partners) {
        for (JMSQueueConfiguration queue : jms.getQueueConfigurations()) {
            configuration.addAddressConfiguration(new CoreAddressConfiguration()
                    .setName(queue.getName())
                    .addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfiguration(QueueConfiguration.of(queue.getName())
                            .setAddress(queue.getName())
                            .setFilterString(queue.getSelector())
                            .setDurable(queue.isDurable())
                            .setRoutingType(RoutingType.ANYCAST)));
        }
        for (TopicConfiguration topic : jms.getTopicConfigurations()) {
            configuration.addAddressConfiguration(
                    new CoreAddressConfiguration().setName(topic.getName()).addRoutingType(RoutingType.MULTICAST));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        if (properties.secured()) {
            broker.setSecurityManager(new BrokerSecurity(partners));
        }
        return broker;
    }

    /** With the embedded broker and a standalone one alike (whose broker.xml has the same settings). */
    @Bean
    RedeliverySpan redeliverySpan(BrokerProperties properties) {
        return new RedeliverySpan(properties.redeliverySpan());
    }

    /** Camel's JMS component on Spring Boot's caching connection factory; options live on the URIs. */
    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        return JmsComponent.jmsComponent(connectionFactory);
    }
}
