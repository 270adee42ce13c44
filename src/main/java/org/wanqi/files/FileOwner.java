package org.wanqi.files;

/**
 * What a file belongs to: a visit or a risk at an enterprise. Whoever may see that enterprise's
 * data may read the file; the enterprise and region decide it, like everywhere else.
 */
public record FileOwner(String kind, String id, String enterpriseId, String regionCode) {

    public static FileOwner visit(String id, String enterpriseId, String regionCode) {
        return new FileOwner("visit", id, enterpriseId, regionCode);
    }

    public static FileOwner risk(String id, String enterpriseId, String regionCode) {
        return new FileOwner("risk", id, enterpriseId, regionCode);
    }
}
