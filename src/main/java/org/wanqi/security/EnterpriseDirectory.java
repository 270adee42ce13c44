package org.wanqi.security;

import java.util.List;
import java.util.Optional;

/**
 * What user administration needs to know of enterprises, to bind an ENTERPRISE account to one.
 * Implemented by the enterprise module, which depends on this one (not the other way round).
 */
public interface EnterpriseDirectory {

    List<EnterpriseRef> search(String text, int limit);

    Optional<EnterpriseRef> find(String id);

    /** The enterprise's name, for staff and for that enterprise's own users. */
    Optional<String> nameOf(String id);

    /** Passes when the caller's scope holds the enterprise; otherwise it is not found for them (audited). */
    void requireInScope(String id);

    record EnterpriseRef(String id, String name, String uscc) {
    }
}
