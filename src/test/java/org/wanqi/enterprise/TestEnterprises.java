package org.wanqi.enterprise;

import java.util.List;
import java.util.Set;

/** Small, valid enterprises for tests: the {@code n}-th of a region gets a valid, unique USCC. */
public final class TestEnterprises {

    private TestEnterprises() {
    }

    public static EnterpriseDraft draft(String name, String region, int n, PollutionCategory... categories) {
        EnterpriseDraft draft = new EnterpriseDraft();
        draft.setName(name);
        draft.setUscc(EnterpriseGenerator.uscc(region, n));
        draft.setRegionCode(region);
        draft.setPollutionCategories(Set.of(categories));
        draft.setContacts(List.of(new Contact("王伟", "环保负责人", "13912345678")));
        return draft;
    }
}
