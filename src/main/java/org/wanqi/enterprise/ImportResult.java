package org.wanqi.enterprise;

/** What an import did. {@code invalid} rows were reported and left out. */
public record ImportResult(int created, int updated, int skipped, int invalid) {
}
