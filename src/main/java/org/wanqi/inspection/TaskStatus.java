package org.wanqi.inspection;

/** OPEN until the inspection visit is logged (DONE); CANCELLED when its draw was drawn again. */
public enum TaskStatus { OPEN, DONE, CANCELLED }
