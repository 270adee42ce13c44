package org.wanqi.enterprise;

import java.util.List;

/**
 * A spreadsheet as read from an uploaded file: its header row and its data rows, as text.
 *
 * @param firstRowNumber the spreadsheet row number of {@code rows.get(0)} (1-based, usually 2)
 */
public record ImportTable(String fileName, List<String> headers, List<List<String>> rows, int firstRowNumber) {

    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }
}
