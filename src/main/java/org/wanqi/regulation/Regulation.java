package org.wanqi.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A statute, regulation, rule, interpretation or standard: what it is called, who issued it, its
 * versions and whether it is in force. Its articles are {@link LawArticle}s.
 */
@Document("regulations")
class Regulation {

    @Id
    String id;
    /** The full title, e.g. 中华人民共和国大气污染防治法. */
    String title;
    /** The title without 中华人民共和国, 《》 and spaces: how citations and evaluations name it. */
    String shortTitle;
    /** Names people use, e.g. 大气法. */
    List<String> aliases = new ArrayList<>();
    RegulationLevel level;
    String authority;
    String documentNumber;
    LocalDate promulgated;
    LocalDate effective;
    RegulationStatus status;
    /** For local rules: the region they apply in. */
    String regionCode;
    String category;
    List<Version> versions = new ArrayList<>();
    Instant updatedAt;

    /**
     * Sets the status from the versions: in force when a version is current, unless it takes effect
     * after {@code today} (business zone); repealed when every version is; otherwise the stored status
     * stands (metadata without articles).
     */
    void deriveStatus(LocalDate today) {
        if (effective != null && effective.isAfter(today)) {
            status = RegulationStatus.NOT_YET_EFFECTIVE;
        } else if (versions.stream().anyMatch(v -> v.status() == RegulationStatus.CURRENT)) {
            status = RegulationStatus.CURRENT;
        } else if (!versions.isEmpty()) {
            status = versions.stream().allMatch(v -> v.status() == RegulationStatus.REPEALED)
                    ? RegulationStatus.REPEALED : RegulationStatus.AMENDED;
        } else if (status == null) {
            status = RegulationStatus.CURRENT;
        }
    }

    /** One version of the text, by the date it was adopted or last amended. */
    record Version(LocalDate date, RegulationStatus status, int articles) {
    }
}
