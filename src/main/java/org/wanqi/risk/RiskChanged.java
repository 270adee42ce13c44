package org.wanqi.risk;

/**
 * Published once a risk is stored new ({@code before} null), moved, or given a later deadline, for
 * modules that keep figures of risks (the analytics rollups).
 */
public record RiskChanged(RiskFacts before, RiskFacts after) {
}
