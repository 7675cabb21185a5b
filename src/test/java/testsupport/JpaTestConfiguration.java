package testsupport;

import nl.ketenhub.canonical.BsnProperties;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.ClientProperties;
import nl.ketenhub.canonical.Clients;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Only what the canonical data set needs: data source, Flyway, JPA, repositories, validation, and the
 * BSN protection. Outside nl.ketenhub so that the application never scans it. A slice without spring-boot-data-jpa-test (not a project dependency).
 */
@SpringBootConfiguration
@AutoConfigurationPackage(basePackages = "nl.ketenhub.canonical")
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class,
    FlywayAutoConfiguration.class,
    HibernateJpaAutoConfiguration.class,
    DataJpaRepositoriesAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    ValidationAutoConfiguration.class
})
@EnableConfigurationProperties({BsnProperties.class, ClientProperties.class})
@Import({BsnProtector.class, Clients.class})
public class JpaTestConfiguration {}
