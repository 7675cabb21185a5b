package nl.ketenhub.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The hub of {@link HubOnPostgres} with the pipeline and the JMS intake committing every message
 * alone ({@code ketenhub.pipeline.batch-size} and {@code .intake-batch-size} 1; 16 by default). Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "postgres"})
@ContextConfiguration(initializers = TestHubProperties.PostgresOneByOne.class)
public @interface HubOnPostgresOneByOne {}
