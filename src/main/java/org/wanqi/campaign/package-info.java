/**
 * Special campaigns (专项行动): targeted drives with a period, a target population of enterprises,
 * participating units and a mode (local, 异地, 巡回, 交叉). Visits of type 专项行动检查 belong to one;
 * a campaign's progress (人次, 家次, coverage, risks found and rectified) and its one-paragraph summary
 * are computed from those visits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaign")
package org.wanqi.campaign;
