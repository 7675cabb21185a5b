package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.hub.HubOnPostgresBatched;
import org.junit.jupiter.api.Test;

@HubOnPostgresBatched
class BatchOnPostgresIT extends BatchScenarios {

    /**
     * Rows one PostgreSQL transaction wrote share their {@code xmin}: a backlog of messages about
     * different clients is committed in fewer transactions than messages (a consumer takes what is
     * waiting, up to ketenhub.pipeline.batch-size), and each is still applied once.
     */
    @Test
    void aBacklogIsCommittedInBatches() throws Exception {
        int messages = 12;
        Commits commits = commitsOf("ketenhub.pipeline");
        camel.getRouteController().stopRoute("bericht-pipeline");
        List<Queued> queued = new ArrayList<>();
        try {
            for (int i = 0; i < messages; i++) {
                queued.add(queued301());
            }
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }

        awaitAllOnQueue(
                "ketenhub.42420001.out",
                queued.stream().map(Queued::identificatie).toList());
        Object[] ids = queued.stream().map(Queued::berichtId).toArray();
        String in = String.join(",", java.util.Collections.nCopies(messages, "?"));
        Integer versions = jdbcTemplate.queryForObject(
                "select count(*) from toewijzing_versie where bericht_id in (" + in + ")", Integer.class, ids);
        Integer transactions = jdbcTemplate.queryForObject(
                "select count(distinct xmin::text) from toewijzing_versie where bericht_id in (" + in + ")",
                Integer.class,
                ids);
        assertThat(versions).isEqualTo(messages);
        assertThat(transactions).isLessThan(messages);
        // the operators' figure says the same: fewer commits than messages
        commits.assertFewerThanMessages(messages);
    }
}
