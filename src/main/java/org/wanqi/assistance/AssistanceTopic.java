package org.wanqi.assistance;

/** What an enterprise asks help with; {@link #PROFILE_CORRECTION} is a request to correct its record. */
public enum AssistanceTopic {
    HAZARDOUS_WASTE, AIR_VOCS, WASTEWATER, DUST, PERMIT, MONITORING, EMERGENCY_PLAN, PROFILE_CORRECTION, OTHER
}
