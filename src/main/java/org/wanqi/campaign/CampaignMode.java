package org.wanqi.campaign;

/** How officers work the campaign: in their own area, 异地 (in another area), 巡回 (circuit), 交叉 (units swap areas). */
public enum CampaignMode { LOCAL, REMOTE, CIRCUIT, CROSS }
