package nl.ketenhub.monitoring;

import java.util.Map;
import org.jolokia.server.core.http.AgentServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JMX over HTTP for browser consoles (Hawtio, jmc over Jolokia, curl): the Jolokia agent at {@code
 * /jolokia}, on the hub's own port. Who may call it is decided in nl.ketenhub.security (reading for
 * viewers, everything else for operators); the policy in {@code jolokia-access.xml} allows reading,
 * listing, searching and executing operations, never writing attributes. Errors carry no stack
 * traces.
 */
@Configuration(proxyBeanMethods = false)
class JolokiaEndpoint {

    @Bean
    ServletRegistrationBean<AgentServlet> jolokia() {
        ServletRegistrationBean<AgentServlet> registration =
                new ServletRegistrationBean<>(new AgentServlet(), "/jolokia/*");
        registration.setName("jolokia");
        registration.setInitParameters(Map.of(
                "policyLocation", "classpath:/jolokia-access.xml",
                "includeStackTrace", "false",
                "allowErrorDetails", "false",
                "discoveryEnabled", "false",
                "debug", "false"));
        registration.setLoadOnStartup(1);
        return registration;
    }
}
