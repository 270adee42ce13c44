package org.wanqi.regulation;

/**
 * What a knowledge article is about. The pollution kinds carry the names of the enterprise
 * registry's categories, so an enterprise finds the articles on what it discharges. Labels:
 * {@code knowledge.topic.<NAME>}.
 */
public enum KnowledgeTopic {
    AIR, WATER, HAZARDOUS_WASTE, MEDICAL_WASTE, SOLID_WASTE, VOCS, DUST, NOISE, SOIL,
    /** 排污许可 */
    DISCHARGE_PERMIT,
    /** 自行监测 */
    SELF_MONITORING,
    /** 应急预案 */
    EMERGENCY_PLAN,
    /** 环境影响评价 */
    ENVIRONMENTAL_IMPACT,
    /** 台账与信息公开 */
    RECORDS
}
