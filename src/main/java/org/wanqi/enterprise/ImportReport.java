package org.wanqi.enterprise;

import java.util.List;

/**
 * What a dry run found.
 *
 * @param rows     data rows in the file
 * @param valid    rows that would be imported
 * @param existing valid rows whose USCC is already registered (updated or skipped, as chosen)
 * @param problems one line per problem: row number, column header, message
 */
public record ImportReport(int rows, int valid, int existing, List<Problem> problems) {

    public record Problem(int rowNumber, String column, String message) {
    }
}
