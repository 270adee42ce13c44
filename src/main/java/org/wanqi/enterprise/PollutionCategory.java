package org.wanqi.enterprise;

/** What an enterprise discharges or handles, as the bureau classifies it. Labels: {@code pollution.<NAME>}. */
public enum PollutionCategory {
    /** 涉气/大气 */
    AIR,
    /** 涉水 */
    WATER,
    /** 危险废物 */
    HAZARDOUS_WASTE,
    /** 医疗废物 */
    MEDICAL_WASTE,
    /** 一般工业固体废物 */
    SOLID_WASTE,
    /** 挥发性有机物 */
    VOCS,
    /** 扬尘 */
    DUST,
    /** 噪声 */
    NOISE,
    /** 土壤 */
    SOIL
}
