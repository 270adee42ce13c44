package org.wanqi.regulation;

import java.util.List;

/**
 * What an import did. Articles are counted once per (regulation, version, number): a line that
 * repeats one (the sources hold some laws twice) updates it rather than adding a second.
 *
 * @param lines     lines (JSON Lines) or article paragraphs (Markdown) read
 * @param inserted  articles that were new
 * @param updated   articles whose text or details changed
 * @param unchanged articles already stored exactly so
 * @param regulations regulations the file touched
 * @param problems  lines skipped, with why
 */
public record RegulationImport(int lines, int inserted, int updated, int unchanged, int regulations,
                               List<Problem> problems) {

    /** A skipped line: its number in the file and why (a translation key {@code regulation.import.error.*} and its arguments). */
    public record Problem(int line, String messageKey, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }
}
