package org.wanqi.visit;

/** 帮扶走访, 日常检查, 双随机抽查, 专项行动检查, 信访核查, 回头看. Labels: {@code visit.type.<NAME>}. */
public enum VisitType {
    ASSISTANCE, ROUTINE, RANDOM_INSPECTION, CAMPAIGN, COMPLAINT, RECHECK
}
