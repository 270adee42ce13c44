package org.wanqi.enterprise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;
import org.wanqi.base.validation.ValidUscc;

/**
 * An enterprise as a form, an import row or a REST body fills it in. The constraints here are
 * the rules; the service checks them again before it writes.
 */
public class EnterpriseDraft {

    /** 排污许可证编号: the USCC, a three-digit serial and a letter (e.g. 91130921MA0CH8K2XR001P). */
    public static final String PERMIT_NUMBER = "[0-9A-Z]{18}\\d{3}[A-Z]";

    @NotBlank
    @Size(max = 100)
    @PlainText
    private String name;
    @ValidUscc
    private String uscc;
    @Size(max = 30)
    @PlainText
    private String legalRepresentative;
    @Size(max = 200)
    @PlainText
    private String address;
    @NotBlank
    @Pattern(regexp = "\\d{6}", message = "{validation.region}")
    private String regionCode;
    @Pattern(regexp = "[A-T](\\d{2,4})?", message = "{validation.industry-code}")
    private String industryCode;
    @Size(max = 60)
    @PlainText
    private String industryName;
    @NotNull
    private Set<PollutionCategory> pollutionCategories = EnumSet.noneOf(PollutionCategory.class);
    private boolean keyDischargeUnit;
    @Pattern(regexp = PERMIT_NUMBER, message = "{validation.permit-number}")
    private String dischargePermitNumber;
    @NotNull
    private SupervisionTier supervisionTier = SupervisionTier.GENERAL;
    @NotNull
    private OperatingStatus operatingStatus = OperatingStatus.OPERATING;
    @Valid
    @Size(max = 20)
    private List<Contact> contacts = new ArrayList<>();
    @DecimalMin("3.8")
    @DecimalMax("53.6")
    private Double latitude;
    @DecimalMin("73.5")
    @DecimalMax("135.1")
    private Double longitude;

    public static EnterpriseDraft of(EnterpriseDetails details) {
        EnterpriseDraft draft = new EnterpriseDraft();
        draft.name = details.name();
        draft.uscc = details.uscc();
        draft.legalRepresentative = details.legalRepresentative();
        draft.address = details.address();
        draft.regionCode = details.regionCode();
        draft.industryCode = details.industryCode();
        draft.industryName = details.industryName();
        draft.setPollutionCategories(details.pollutionCategories());
        draft.keyDischargeUnit = details.keyDischargeUnit();
        draft.dischargePermitNumber = details.dischargePermitNumber();
        draft.supervisionTier = details.supervisionTier();
        draft.operatingStatus = details.operatingStatus();
        draft.contacts = new ArrayList<>(details.contacts());
        draft.latitude = details.latitude();
        draft.longitude = details.longitude();
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getIndustryName() {
        return industryName;
    }

    public void setIndustryName(String industryName) {
        this.industryName = industryName;
    }

    public Set<PollutionCategory> getPollutionCategories() {
        return pollutionCategories;
    }

    public void setPollutionCategories(Set<PollutionCategory> pollutionCategories) {
        this.pollutionCategories = pollutionCategories == null || pollutionCategories.isEmpty()
                ? EnumSet.noneOf(PollutionCategory.class) : EnumSet.copyOf(pollutionCategories);
    }

    public boolean isKeyDischargeUnit() {
        return keyDischargeUnit;
    }

    public void setKeyDischargeUnit(boolean keyDischargeUnit) {
        this.keyDischargeUnit = keyDischargeUnit;
    }

    public String getDischargePermitNumber() {
        return dischargePermitNumber;
    }

    public void setDischargePermitNumber(String dischargePermitNumber) {
        this.dischargePermitNumber = dischargePermitNumber;
    }

    public SupervisionTier getSupervisionTier() {
        return supervisionTier;
    }

    public void setSupervisionTier(SupervisionTier supervisionTier) {
        this.supervisionTier = supervisionTier;
    }

    public OperatingStatus getOperatingStatus() {
        return operatingStatus;
    }

    public void setOperatingStatus(OperatingStatus operatingStatus) {
        this.operatingStatus = operatingStatus;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
