package nl.ketenhub.routing;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import nl.ketenhub.monitoring.BsnMask;

/**
 * The reason a failed attempt is logged and recorded with: the exception's type and message, BSNs
 * masked. A JDBC batch that the database refused (the message log writes a batch's rows as one
 * {@link BatchUpdateException}) is described by the database's own error, not by the batch's
 * message: the driver puts the refused statement, parameters and payload included, in front of the
 * error, so the reason that fits in the log was cut off before it.
 */
final class FailureReason {

    private FailureReason() {}

    static String of(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        String message = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchUpdateException batch && batch.getNextException() != null) {
                SQLException refused = batch.getNextException();
                message = "a batch of statements failed: " + refused.getMessage();
                break;
            }
        }
        return failure.getClass().getSimpleName() + ": " + BsnMask.mask(message);
    }
}
