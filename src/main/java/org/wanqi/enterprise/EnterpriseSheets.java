package org.wanqi.enterprise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.wanqi.base.DomainException;
import org.wanqi.base.sheets.Xlsx;

/**
 * Reads and writes enterprise spreadsheets (.xlsx, .xls, .csv). Reading refuses, with a message a
 * person understands, what is not a readable spreadsheet: too large, empty, a broken workbook, a
 * text file in an unknown encoding, binary garbage.
 */
final class EnterpriseSheets {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EnterpriseSheets() {
    }

    static ImportTable read(String fileName, InputStream in) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw new DomainException("import.error.empty");
        }
        boolean workbook = startsWith(bytes, new byte[] {'P', 'K', 3, 4})
                || startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        List<List<String>> lines = workbook ? readWorkbook(bytes) : readCsv(bytes);
        lines.removeIf(line -> line.stream().allMatch(String::isBlank));
        if (lines.size() < 2) {
            throw new DomainException("import.error.empty");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new DomainException("import.error.too-many-rows", MAX_ROWS);
        }
        List<String> headers = lines.getFirst().stream().map(String::strip).toList();
        return new ImportTable(fileName, headers, lines.subList(1, lines.size()), 2);
    }

    private static byte[] readBounded(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new DomainException("import.error.too-large", MAX_BYTES / 1024 / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> readWorkbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (lines.size() > MAX_ROWS + 1) {
                    throw new DomainException("import.error.too-many-rows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                lines.add(cells);
            }
            return lines;
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw new DomainException("import.error.broken-workbook");
        }
    }

    private static List<List<String>> readCsv(byte[] bytes) {
        String text = decode(bytes);
        try {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().get().parse(new java.io.StringReader(text))) {
                lines.add(record.toList());
                if (lines.size() > MAX_ROWS + 1) {
                    throw new DomainException("import.error.too-many-rows", MAX_ROWS);
                }
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DomainException("import.error.broken-csv");
        }
    }

    /** UTF-8 (with or without BOM) or GB18030 (what Excel in Chinese saves as CSV); anything else is refused. */
    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new DomainException("import.error.not-a-spreadsheet");
            }
        }
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new DomainException("import.error.encoding");
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("import.error.encoding");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Writes the drafts as a spreadsheet whose header row is in the given language. */
    static void write(List<EnterpriseDraft> drafts, SheetFormat format, EnterpriseColumn.Labels labels, OutputStream out)
            throws IOException {
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        if (format == SheetFormat.CSV) {
            out.write(UTF8_BOM);
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            for (EnterpriseColumn column : columns) {
                printer.print(labels.apply(column.headerKey()));
            }
            printer.println();
            for (EnterpriseDraft draft : drafts) {
                for (EnterpriseColumn column : columns) {
                    printer.print(column.write(draft, labels));
                }
                printer.println();
            }
            printer.flush();
            return;
        }
        Xlsx.write(labels.apply("enterprise.sheet-name"), Arrays.stream(columns).map(c -> labels.apply(c.headerKey())).toList(),
                drafts.stream().map(draft -> Arrays.stream(columns).map(c -> c.write(draft, labels)).toList()), out);
    }
}
