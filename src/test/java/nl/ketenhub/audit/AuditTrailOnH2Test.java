package nl.ketenhub.audit;

import nl.ketenhub.canonical.MigratedDatabase;

class AuditTrailOnH2Test extends AuditTrailContract {

    @Override
    MigratedDatabase database() {
        return MigratedDatabase.h2();
    }
}
