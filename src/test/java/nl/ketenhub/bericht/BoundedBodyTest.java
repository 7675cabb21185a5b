package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void aBodyUpToTheMaximumIsReadWhole() throws IOException {
        byte[] body = new byte[200_000];
        body[199_999] = 7;

        assertThat(BoundedBody.read(new ByteArrayInputStream(body), 200_000))
                .hasValueSatisfying(read -> assertThat(read).isEqualTo(body));
    }

    @Test
    void aLargerBodyIsNotKeptAndIsDrainedUpToTheMaximumAgain() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[1_000_000]);

        assertThat(BoundedBody.read(in, 100_000)).isEmpty();
        assertThat(in.available()).as("left unread").isBetween(1_000_000 - 300_000, 1_000_000 - 200_000);
    }
}
