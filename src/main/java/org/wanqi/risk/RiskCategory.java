package org.wanqi.risk;

/** What a risk concerns. Labels: {@code risk.category.<NAME>}. */
public enum RiskCategory {
    AIR, WATER, HAZARDOUS_WASTE, SOLID_WASTE, VOCS, DUST, NOISE, SOIL,
    /** 手续/台账: permits, records, paperwork */
    PAPERWORK,
    OTHER
}
