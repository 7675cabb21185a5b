package nl.ketenhub.spreadsheet;

/** The upload cannot be read as a spreadsheet at all; the message is meant for the provider (Dutch). */
class SheetException extends RuntimeException {

    SheetException(String message) {
        super(message);
    }
}
