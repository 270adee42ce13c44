package org.wanqi.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.base.Uscc;

/**
 * The stored enterprise. The unique USCC index is enforced by every MongoDB; the region/name
 * index serves a real MongoDB's scoped, name-sorted lists (the embedded server ignores it).
 */
@Document("enterprises")
@CompoundIndex(name = "region_name", def = "{'regionCode': 1, 'name': 1}")
class Enterprise {

    @Id
    String id;
    String name;
    @Indexed(unique = true)
    String uscc;
    String legalRepresentative;
    String address;
    String regionCode;
    String industryCode;
    String industryName;
    Set<PollutionCategory> pollutionCategories = EnumSet.noneOf(PollutionCategory.class);
    boolean keyDischargeUnit;
    String dischargePermitNumber;
    SupervisionTier supervisionTier = SupervisionTier.GENERAL;
    OperatingStatus operatingStatus = OperatingStatus.OPERATING;
    List<Contact> contacts = new ArrayList<>();
    Double latitude;
    Double longitude;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    /** Copies a validated draft in; text is trimmed, the USCC normalised. */
    void apply(EnterpriseDraft draft) {
        name = draft.getName().strip();
        uscc = Uscc.parse(draft.getUscc()).value();
        legalRepresentative = trimToNull(draft.getLegalRepresentative());
        address = trimToNull(draft.getAddress());
        regionCode = draft.getRegionCode();
        industryCode = trimToNull(draft.getIndustryCode());
        industryName = trimToNull(draft.getIndustryName());
        pollutionCategories = draft.getPollutionCategories().isEmpty()
                ? EnumSet.noneOf(PollutionCategory.class) : EnumSet.copyOf(draft.getPollutionCategories());
        keyDischargeUnit = draft.isKeyDischargeUnit();
        dischargePermitNumber = trimToNull(draft.getDischargePermitNumber());
        supervisionTier = draft.getSupervisionTier();
        operatingStatus = draft.getOperatingStatus();
        contacts = List.copyOf(draft.getContacts());
        latitude = draft.getLatitude();
        longitude = draft.getLongitude();
    }

    EnterpriseDetails details() {
        return new EnterpriseDetails(id, name, uscc, legalRepresentative, address, regionCode, industryCode,
                industryName, pollutionCategories == null ? Set.of() : Set.copyOf(pollutionCategories),
                keyDischargeUnit, dischargePermitNumber, supervisionTier, operatingStatus,
                contacts == null ? List.of() : List.copyOf(contacts), latitude, longitude, createdAt, updatedAt,
                version == null ? 0 : version);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
