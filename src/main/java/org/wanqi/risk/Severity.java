package org.wanqi.risk;

/** 一般 / 较大 / 重大. Labels: {@code risk.severity.<NAME>}. */
public enum Severity {
    GENERAL, MAJOR, SEVERE
}
