package org.wanqi.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An enterprise as the UI and the REST API read it. {@code version} is what an edit must send back. */
public record EnterpriseDetails(String id, String name, String uscc, String legalRepresentative, String address,
                                String regionCode, String industryCode, String industryName,
                                Set<PollutionCategory> pollutionCategories, boolean keyDischargeUnit,
                                String dischargePermitNumber, SupervisionTier supervisionTier,
                                OperatingStatus operatingStatus, List<Contact> contacts, Double latitude,
                                Double longitude, Instant createdAt, Instant updatedAt, long version) {
}
