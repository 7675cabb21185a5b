package nl.ketenhub.routing;

import jakarta.jms.ConnectionFactory;
import java.lang.reflect.Proxy;
import java.util.Properties;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Loads the real Camel YAML files of {@code routes/} into a plain Camel context. Advice-with is on, so
 * the context starts only when a test calls {@code context.start()} after advising the routes.
 *
 * <p>The {@code jms} component is a real camel-jms component whose connection factory throws: a test
 * that does not replace a JMS consumer or mock a JMS producer fails loudly instead of looking for a
 * broker.
 */
abstract class YamlRouteTestSupport extends CamelTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("ketenhub.pipeline.consumers", "4");
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("jms", JmsComponent.jmsComponent(unreachableBroker()));
    }

    /**
     * Loads route files by name from the project's {@code routes/} folder (the files the hub runs), or
     * from anywhere when given as a {@code file:} location.
     */
    void loadRoutes(String... fileNames) throws Exception {
        for (String fileName : fileNames) {
            String location = fileName.startsWith("file:") ? fileName : "file:routes/" + fileName;
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.resolveMandatoryResource(context, location));
        }
    }

    private static ConnectionFactory unreachableBroker() {
        return (ConnectionFactory) Proxy.newProxyInstance(
                YamlRouteTestSupport.class.getClassLoader(),
                new Class<?>[] {ConnectionFactory.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "unreachable test broker";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new IllegalStateException("route test reached the JMS broker: " + method);
                });
    }
}
