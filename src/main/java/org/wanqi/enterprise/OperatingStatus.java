package org.wanqi.enterprise;

/** Whether the enterprise is producing. Labels: {@code operating.<NAME>}. */
public enum OperatingStatus {
    /** 在产 */
    OPERATING,
    /** 停产 */
    SUSPENDED,
    /** 关闭 */
    CLOSED
}
