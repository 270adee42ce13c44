/**
 * Figures and charts: for now the home page; rollups, dashboards and reports arrive with issue 8.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.wanqi.analytics;
