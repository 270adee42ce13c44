package org.wanqi.regulation;

/** Whether a regulation (or one version of it) is the law today. */
public enum RegulationStatus {
    /** 现行有效 */
    CURRENT,
    /** 已修订: a later version replaced this one */
    AMENDED,
    /** 已废止 */
    REPEALED,
    /** 尚未生效 */
    NOT_YET_EFFECTIVE;

    /** The status of a version as the sources mark it. */
    static RegulationStatus ofVersion(boolean latest, Boolean expired) {
        if (Boolean.TRUE.equals(expired)) {
            return REPEALED;
        }
        return latest ? CURRENT : AMENDED;
    }
}
