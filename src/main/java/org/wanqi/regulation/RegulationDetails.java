package org.wanqi.regulation;

import java.time.LocalDate;
import java.util.List;

/** A regulation's metadata and versions, as the search index, the REST API and the views read it. */
public record RegulationDetails(String id, String title, String shortTitle, List<String> aliases, RegulationLevel level,
                                String authority, String documentNumber, LocalDate promulgated, LocalDate effective,
                                RegulationStatus status, String regionCode, List<VersionDetails> versions) {

    public record VersionDetails(LocalDate date, RegulationStatus status, int articles) {
    }

    static RegulationDetails of(Regulation r) {
        return new RegulationDetails(r.id, r.title, r.shortTitle, List.copyOf(r.aliases), r.level, r.authority,
                r.documentNumber, r.promulgated, r.effective, r.status, r.regionCode,
                r.versions.stream().map(v -> new VersionDetails(v.date(), v.status(), v.articles())).toList());
    }
}
