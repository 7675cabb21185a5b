package nl.ketenhub.bericht;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body of at most a maximum number of bytes. A larger body is not kept: the rest
 * is read and dropped (up to as much again, so the sender can still read the answer) and the
 * result is empty.
 */
final class BoundedBody {

    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {}

    static Optional<byte[]> read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                drain(in, buffer, max);
                return Optional.empty();
            }
            kept.write(buffer, 0, n);
        }
        return Optional.of(kept.toByteArray());
    }

    private static void drain(InputStream in, byte[] buffer, long limit) throws IOException {
        long drained = 0;
        int n;
        while (drained < limit && (n = in.read(buffer)) != -1) {
            drained += n;
        }
    }
}
