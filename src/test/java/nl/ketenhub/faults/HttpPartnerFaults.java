package nl.ketenhub.faults;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** Fault tests whose aanbieder receives by HTTP on a {@link PartnerEndpoint}: the hub, its schema, polling. */
abstract class HttpPartnerFaults {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String schema = "fault_" + run;
    final String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
    HubProcess hub;
    PartnerEndpoint endpoint;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.stop();
        }
        if (endpoint != null) {
            endpoint.down();
        }
        HubProcess.dropSchema(schema);
    }

    /** One number from the hub's database. */
    int count(String sql) throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            ResultSet rows = db.createStatement().executeQuery(sql);
            rows.next();
            return rows.getInt(1);
        }
    }

    interface Condition {
        boolean met() throws Exception;
    }

    static void await(Condition condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
