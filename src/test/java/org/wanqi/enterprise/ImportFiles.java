package org.wanqi.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.wanqi.base.i18n.Translations;

/** Spreadsheets of generated enterprises for import tests and benchmarks, with Chinese headers. */
public final class ImportFiles {

    private static final Translations TRANSLATIONS = new Translations();
    static final EnterpriseColumn.Labels CHINESE = key -> TRANSLATIONS.getTranslation(key, Translations.CHINESE);

    private ImportFiles() {
    }

    public static List<EnterpriseDraft> drafts(EnterpriseGenerator generator, int count) {
        List<EnterpriseDraft> drafts = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            drafts.add(generator.next(n));
        }
        return drafts;
    }

    public static void writeCsv(EnterpriseGenerator generator, int count, OutputStream out) throws IOException {
        EnterpriseSheets.write(drafts(generator, count), SheetFormat.CSV, CHINESE, out);
    }

    public static byte[] bytes(List<EnterpriseDraft> drafts, SheetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EnterpriseSheets.write(drafts, format, CHINESE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
