package org.wanqi.regulation;

import java.util.Arrays;
import java.util.Optional;

/** Where a document stands in the hierarchy of Chinese law; {@code label} is how the sources write it. */
public enum RegulationLevel {
    CONSTITUTION("宪法"),
    LAW("法律"),
    ADMINISTRATIVE_REGULATION("行政法规"),
    DEPARTMENTAL_RULE("部门规章"),
    LOCAL_REGULATION("地方性法规"),
    NORMATIVE_DOCUMENT("规范性文件"),
    JUDICIAL_INTERPRETATION("司法解释"),
    STANDARD("标准");

    private final String label;

    RegulationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the Chinese label or the enum name. */
    public static Optional<RegulationLevel> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(level -> level.label.equals(t) || level.name().equals(t)).findFirst();
    }
}
