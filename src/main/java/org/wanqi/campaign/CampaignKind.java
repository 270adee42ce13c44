package org.wanqi.campaign;

/** What a campaign is about: 大气/秋冬季帮扶, 扬尘, VOCs, 危险废物, 涉水, 其他. */
public enum CampaignKind { AIR, DUST, VOCS, HAZARDOUS_WASTE, WATER, OTHER }
