package nl.ketenhub.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jolokia.server.core.http.AgentServlet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JMX over HTTP for browser consoles (Hawtio, jmc over Jolokia, curl): the Jolokia agent at {@code
 * /jolokia}, on the hub's own port. Every call needs the operator or admin token; the policy in
 * {@code jolokia-access.xml} allows reading, listing, searching and executing operations, never
 * writing attributes. Errors carry no stack traces.
 */
@Configuration(proxyBeanMethods = false)
class JolokiaEndpoint {

    static final String PATH = "/jolokia";

    @Bean
    ServletRegistrationBean<AgentServlet> jolokia() {
        ServletRegistrationBean<AgentServlet> registration =
                new ServletRegistrationBean<>(new AgentServlet(), PATH + "/*");
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

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> jolokiaAccess(OperatorAccess access) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(access));
        registration.addUrlPatterns(PATH, PATH + "/*");
        registration.setName("jolokiaAccess");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final OperatorAccess access;

        Filter(OperatorAccess access) {
            this.access = access;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String authorization = request.getHeader("Authorization");
            if (access.isOperator(authorization) || access.isAdmin(authorization)) {
                chain.doFilter(request, response);
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Operator token required");
            }
        }
    }
}
