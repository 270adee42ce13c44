package org.wanqi.base.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes sheets of text cells, each under a bold header row, streaming (a few hundred rows in memory at a time). */
public final class Xlsx {

    private Xlsx() {
    }

    /** One sheet: its name (at most 31 characters), its header and its rows. */
    public record Sheet(String name, List<String> headers, Stream<List<String>> rows) {
    }

    public static void write(String sheetName, List<String> headers, Stream<List<String>> rows, OutputStream out)
            throws IOException {
        write(List.of(new Sheet(sheetName, headers, rows)), out);
    }

    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Sheet content : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(content.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < content.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(content.headers().get(c));
                    cell.setCellStyle(bold);
                }
                int[] r = {1};
                content.rows().forEach(values -> {
                    Row row = sheet.createRow(r[0]++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                });
            }
            workbook.write(out);
        }
    }
}
