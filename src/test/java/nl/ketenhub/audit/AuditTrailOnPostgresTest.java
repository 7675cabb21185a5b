package nl.ketenhub.audit;

import nl.ketenhub.canonical.MigratedDatabase;
import nl.ketenhub.canonical.TestDatabases;
import org.junit.jupiter.api.Assumptions;

class AuditTrailOnPostgresTest extends AuditTrailContract {

    @Override
    MigratedDatabase database() {
        Assumptions.assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL at 127.0.0.1:5432 is not reachable");
        return MigratedDatabase.postgres();
    }
}
