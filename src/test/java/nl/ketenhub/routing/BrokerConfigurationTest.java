package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

class BrokerConfigurationTest {

    private final BrokerProperties broker = new BrokerProperties(200_000, 10, 500, 2.0, 60_000, 0, true);

    @Test
    void thePipelinesConsumersGetMessagesSentAheadAndTheDeliveryConsumersTakeOneAtATime() {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 65_536));

        assertThat(setting(configuration, "ketenhub.pipeline").getDefaultConsumerWindowSize())
                .isEqualTo(65_536);
        assertThat(setting(configuration, "ketenhub.delivery").getDefaultConsumerWindowSize())
                .isZero();
        assertThat(setting(configuration, "ketenhub.pipeline")
                        .getDeadLetterAddress()
                        .toString())
                .isEqualTo(BrokerConfiguration.PARKED);
    }

    @Test
    void aWindowOfZeroMakesThePipelinesConsumersTakeOneAtATime() {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 0));

        assertThat(setting(configuration, "ketenhub.pipeline").getDefaultConsumerWindowSize())
                .isZero();
    }

    private ConfigurationImpl configured(PipelineProperties pipeline) {
        ConfigurationImpl configuration = new ConfigurationImpl();
        // no TCP acceptor (port 0), so the partner directory is not asked
        new BrokerConfiguration().ketenhubBroker(broker, pipeline, null).customize(configuration);
        return configuration;
    }

    private static AddressSettings setting(ConfigurationImpl configuration, String address) {
        return configuration.getAddressSettings().get(address);
    }
}
