package nl.ketenhub.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the actuator endpoints closed except health: {@code /actuator/health} is open (load
 * balancers, monitoring), everything else under {@code /actuator} needs the admin token.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorAccessFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> actuatorAccess(OperatorAccess access) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(access));
        registration.addUrlPatterns("/actuator/*", "/actuator");
        registration.setName("actuatorAccess");
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
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
            if (health || access.isAdmin(request.getHeader("Authorization"))) {
                chain.doFilter(request, response);
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Admin token required");
            }
        }
    }
}
