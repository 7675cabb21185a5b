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
 * The hub of {@link HubOnH2} with the scenarios' aanbieder 42420001 configured for the hub's JSON
 * form: the lifecycle scenarios run again with that aanbieder sending and receiving JSON
 * (PartnerEdge) and must reach the same verdicts. Every class with this annotation shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ContextConfiguration(initializers = TestHubProperties.H2WithJsonAanbieder.class)
public @interface HubOnH2WithJsonAanbieder {}
