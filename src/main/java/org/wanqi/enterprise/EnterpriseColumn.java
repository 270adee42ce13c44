package org.wanqi.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wanqi.base.DomainException;

/**
 * The columns of an enterprise spreadsheet, shared by export and import so that an exported file
 * imports again. Each column writes a draft's value as text and reads it back; reading accepts
 * the labels of both languages and the enum names. Headers: {@code enterprise.field.<field>}.
 */
public enum EnterpriseColumn {

    NAME("name", EnterpriseDraft::getName, EnterpriseDraft::setName),
    USCC("uscc", EnterpriseDraft::getUscc, EnterpriseDraft::setUscc),
    LEGAL_REPRESENTATIVE("legalRepresentative", EnterpriseDraft::getLegalRepresentative, EnterpriseDraft::setLegalRepresentative),
    ADDRESS("address", EnterpriseDraft::getAddress, EnterpriseDraft::setAddress),
    REGION("regionCode", EnterpriseDraft::getRegionCode, EnterpriseDraft::setRegionCode),
    INDUSTRY_CODE("industryCode", EnterpriseDraft::getIndustryCode, EnterpriseDraft::setIndustryCode),
    INDUSTRY_NAME("industryName", EnterpriseDraft::getIndustryName, EnterpriseDraft::setIndustryName),
    POLLUTION_CATEGORIES("pollutionCategories", null, null),
    KEY_DISCHARGE_UNIT("keyDischargeUnit", null, null),
    PERMIT_NUMBER("dischargePermitNumber", EnterpriseDraft::getDischargePermitNumber, EnterpriseDraft::setDischargePermitNumber),
    TIER("supervisionTier", null, null),
    STATUS("operatingStatus", null, null),
    CONTACT_NAME("contactName", null, null),
    CONTACT_ROLE("contactRole", null, null),
    CONTACT_PHONE("contactPhone", null, null),
    LATITUDE("latitude", null, null),
    LONGITUDE("longitude", null, null);

    /** How texts of one language are looked up: a translation key to its text. */
    public interface Labels extends Function<String, String> {
    }

    private final String field;
    private final Function<EnterpriseDraft, String> text;
    private final BiConsumer<EnterpriseDraft, String> setText;

    EnterpriseColumn(String field, Function<EnterpriseDraft, String> text, BiConsumer<EnterpriseDraft, String> setText) {
        this.field = field;
        this.text = text;
        this.setText = setText;
    }

    /** The draft property this column fills (its label key is {@code enterprise.field.<field>}). */
    public String field() {
        return field;
    }

    public String headerKey() {
        return "enterprise.field." + field;
    }

    /** The cell text of this column for {@code draft}, labels in the given language. */
    public String write(EnterpriseDraft draft, Labels labels) {
        Contact contact = draft.getContacts().isEmpty() ? null : draft.getContacts().getFirst();
        return switch (this) {
            case POLLUTION_CATEGORIES -> draft.getPollutionCategories().stream().sorted()
                    .map(c -> labels.apply("pollution." + c.name())).collect(Collectors.joining("、"));
            case KEY_DISCHARGE_UNIT -> labels.apply(draft.isKeyDischargeUnit() ? "common.yes" : "common.no");
            case TIER -> labels.apply("tier." + draft.getSupervisionTier().name());
            case STATUS -> labels.apply("operating." + draft.getOperatingStatus().name());
            case CONTACT_NAME -> contact == null ? "" : contact.name();
            case CONTACT_ROLE -> contact == null || contact.role() == null ? "" : contact.role();
            case CONTACT_PHONE -> contact == null ? "" : contact.phone();
            case LATITUDE -> draft.getLatitude() == null ? "" : draft.getLatitude().toString();
            case LONGITUDE -> draft.getLongitude() == null ? "" : draft.getLongitude().toString();
            default -> text.apply(draft) == null ? "" : text.apply(draft);
        };
    }

    /**
     * Reads a cell into {@code draft}. Throws a {@link DomainException} (key {@code import.error.*})
     * when the text cannot be read; validation of the value itself is the draft's constraints' job.
     */
    public void read(String cell, EnterpriseDraft draft, List<Labels> languages) {
        String value = cell == null ? "" : cell.strip();
        switch (this) {
            case POLLUTION_CATEGORIES -> draft.setPollutionCategories(categories(value, languages));
            case KEY_DISCHARGE_UNIT -> draft.setKeyDischargeUnit(yes(value, languages));
            case TIER -> draft.setSupervisionTier(value.isEmpty() ? SupervisionTier.GENERAL
                    : label(SupervisionTier.class, "tier.", value, languages));
            case STATUS -> draft.setOperatingStatus(value.isEmpty() ? OperatingStatus.OPERATING
                    : label(OperatingStatus.class, "operating.", value, languages));
            case CONTACT_NAME -> contact(draft, value, null, null);
            case CONTACT_ROLE -> contact(draft, null, value, null);
            case CONTACT_PHONE -> contact(draft, null, null, value);
            case LATITUDE -> draft.setLatitude(number(value));
            case LONGITUDE -> draft.setLongitude(number(value));
            default -> setText.accept(draft, value.isEmpty() ? null : value);
        }
    }

    private static Set<PollutionCategory> categories(String value, List<Labels> languages) {
        Set<PollutionCategory> categories = EnumSet.noneOf(PollutionCategory.class);
        for (String part : value.split("[、,，;；/|]")) {
            if (!part.isBlank()) {
                categories.add(label(PollutionCategory.class, "pollution.", part.strip(), languages));
            }
        }
        return categories;
    }

    private static boolean yes(String value, List<Labels> languages) {
        if (value.isEmpty()) {
            return false;
        }
        for (Labels labels : languages) {
            if (value.equalsIgnoreCase(labels.apply("common.yes"))) {
                return true;
            }
            if (value.equalsIgnoreCase(labels.apply("common.no"))) {
                return false;
            }
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "1" -> true;
            case "false", "n", "no", "0" -> false;
            default -> throw new DomainException("import.error.yes-no", value);
        };
    }

    private static <E extends Enum<E>> E label(Class<E> type, String prefix, String value, List<Labels> languages) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
            for (Labels labels : languages) {
                String label = labels.apply(prefix + constant.name());
                if (label.equalsIgnoreCase(value) || label.startsWith(value + "/") || label.endsWith("/" + value)
                        || (value.length() >= 2 && label.startsWith(value))) {
                    return constant;
                }
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> languages.getFirst().apply(prefix + c.name())).toList();
        throw new DomainException("import.error.choice", value, String.join("、", allowed));
    }

    private static Double number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new DomainException("import.error.number", value);
        }
    }

    /** The import's one contact per row: columns fill the first contact's parts. */
    private static void contact(EnterpriseDraft draft, String name, String role, String phone) {
        List<Contact> contacts = new ArrayList<>(draft.getContacts());
        Contact current = contacts.isEmpty() ? new Contact(null, null, null) : contacts.getFirst();
        Contact updated = new Contact(name != null ? blankToNull(name) : current.name(),
                role != null ? blankToNull(role) : current.role(),
                phone != null ? blankToNull(phone) : current.phone());
        if (contacts.isEmpty()) {
            contacts.add(updated);
        } else {
            contacts.set(0, updated);
        }
        if (updated.name() == null && updated.role() == null && updated.phone() == null) {
            contacts.removeFirst();
        }
        draft.setContacts(contacts);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
