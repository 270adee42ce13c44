package org.wanqi.enterprise;

/** How often random inspections (双随机) sample the enterprise. Labels: {@code tier.<NAME>}. */
public enum SupervisionTier {
    /** 重点监管对象 */
    KEY,
    /** 一般监管对象 */
    GENERAL,
    /** 特殊监管对象 */
    SPECIAL
}
