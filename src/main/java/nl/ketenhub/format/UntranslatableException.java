package nl.ketenhub.format;

/** A payload that is not a message in the partner's format; intake refuses it with this message. */
public class UntranslatableException extends RuntimeException {

    public UntranslatableException(String message, Throwable cause) {
        super(message, cause);
    }

    public UntranslatableException(String message) {
        super(message);
    }
}
