/**
 * Figures and charts: daily rollups of the visits (maintained as visits are written, rebuildable
 * from them), the efficiency summary with its year-on-year comparison and narrative, and the home
 * page. Definitions: {@code docs/metrics.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.wanqi.analytics;
