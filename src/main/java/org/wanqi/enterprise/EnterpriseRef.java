package org.wanqi.enterprise;

/** Who an enterprise is, as other records (a visit, a risk) keep it: id, name and county. */
public record EnterpriseRef(String id, String name, String regionCode) {
}
