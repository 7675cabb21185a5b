package nl.ketenhub.spreadsheet;

/**
 * Why a row (or the header, row 1) cannot become part of a message.
 *
 * @param row the row number as the provider sees it
 * @param column the column name, empty when the whole row is wrong
 * @param message what is wrong, in Dutch, for the provider; never contains a BSN
 */
record RowError(int row, String column, String message) {}
