package nl.ketenhub.spreadsheet;

/** What a cell holds, and so how it is checked and normalised. */
enum Kind {
    /** free text, trimmed */
    TEXT,
    /** a whole number (ToewijzingNummer, volume) */
    NUMBER,
    /** a date: jjjj-mm-dd or dd-mm-jjjj, written as jjjj-mm-dd */
    DATE,
    /** a calendar month: jjjj-mm */
    MONTH,
    /** euros with at most two decimals (comma or point), written as eurocents */
    EURO,
    /** a value from a code list; a number shorter than the code gets its leading zeros back */
    CODE,
    /** 9 digits passing the 11-proef */
    BSN
}
