package org.wanqi.base.seed;

/** The order seed loaders run in: what others refer to comes first. */
public final class SeedOrder {

    public static final int UNITS = 100;
    public static final int ENTERPRISES = 200;
    public static final int USERS = 300;
    public static final int CHECKLISTS = 400;
    public static final int VISITS = 500;
    public static final int REGULATIONS = 600;
    public static final int KNOWLEDGE = 650;
    /** After everything it indexes. */
    public static final int SEARCH = 700;

    private SeedOrder() {
    }
}
