package org.wanqi.inspection;

/** What a random inspection found: nothing, problems (risks to rectify), or a violation referred for a case. */
public enum Outcome { NO_PROBLEM, PROBLEMS_FOUND, VIOLATION_REFERRED }
