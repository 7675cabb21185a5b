package nl.ketenhub.canonical;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2CanonicalRepositoriesTest extends CanonicalRepositoriesContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, TestDatabases.newSchemaName());
    }
}
