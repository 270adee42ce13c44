package org.wanqi.enterprise;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.DomainException;
import org.wanqi.base.Uscc;
import org.wanqi.base.i18n.Translations;
import org.wanqi.organization.UnitService;

/**
 * Imports enterprises from .xlsx/.xls/.csv: read, map columns (remembering each user's last
 * mapping), dry-run with a per-row report, then write the valid rows in batches, creating new
 * enterprises and updating or skipping existing USCCs. Scope rules apply to every row.
 */
@Service
public class EnterpriseImportService {

    static final String IMPORTERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    static final int BATCH = 500;
    /** Columns without which a row means nothing. */
    public static final Set<EnterpriseColumn> REQUIRED = Set.of(EnterpriseColumn.NAME, EnterpriseColumn.USCC, EnterpriseColumn.REGION);

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final EnterpriseIndex index;
    private final EnterpriseScope scope;
    private final EnterpriseTimeline timeline;
    private final UnitService units;
    private final Validator validator;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseImportService(MongoTemplate mongo, EnterpriseService enterprises, EnterpriseIndex index, EnterpriseScope scope,
                            EnterpriseTimeline timeline, UnitService units, Validator validator,
                            Translations translations, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.index = index;
        this.scope = scope;
        this.timeline = timeline;
        this.units = units;
        this.validator = validator;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /** Reads an uploaded file; a file that is not a readable spreadsheet is refused with a {@link DomainException}. */
    @PreAuthorize(IMPORTERS)
    public ImportTable read(String fileName, InputStream in) {
        return EnterpriseSheets.read(fileName, in);
    }

    /** Which file column feeds each field: the user's last choice where that header exists, else by header text. */
    @PreAuthorize(IMPORTERS)
    public Map<EnterpriseColumn, Integer> suggestMapping(ImportTable table) {
        Mapping remembered = mongo.findById(enterprises.actor(), Mapping.class);
        Map<EnterpriseColumn, Integer> mapping = new EnumMap<>(EnterpriseColumn.class);
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            int index = remembered == null ? -1 : table.headers().indexOf(remembered.headers().get(column.name()));
            if (index < 0) {
                index = headerIndex(table, column);
            }
            if (index >= 0) {
                mapping.put(column, index);
            }
        }
        return mapping;
    }

    /** The dry run: what would be imported and what is wrong, row by row. Writes nothing. */
    @PreAuthorize(IMPORTERS)
    public ImportReport check(ImportTable table, Map<EnterpriseColumn, Integer> mapping, Locale locale) {
        return analyse(table, mapping, locale).report();
    }

    /**
     * Imports the valid rows. Existing USCCs are updated when {@code updateExisting}, otherwise left
     * alone. {@code progress} hears the number of rows done after each batch.
     */
    @PreAuthorize(IMPORTERS)
    public ImportResult run(ImportTable table, Map<EnterpriseColumn, Integer> mapping, boolean updateExisting,
                            Locale locale, IntConsumer progress) {
        Analysis analysis = analyse(table, mapping, locale);
        rememberMapping(table, mapping);
        String actor = enterprises.actorName();
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int done = analysis.invalid();
        List<ValidRow> rows = analysis.valid();
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<ValidRow> batch = rows.subList(start, Math.min(start + BATCH, rows.size()));
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Enterprise.class);
            List<TimelineEntry> entries = new ArrayList<>();
            List<Enterprise> written = new ArrayList<>();
            for (ValidRow row : batch) {
                Enterprise enterprise = new Enterprise();
                enterprise.apply(row.draft());
                enterprise.updatedAt = now;
                if (row.existing() == null) {
                    enterprise.id = new org.bson.types.ObjectId().toHexString();
                    enterprise.createdAt = now;
                    enterprise.version = 0L;
                    bulk.insert(enterprise);
                    entries.add(new TimelineEntry(enterprise.id, now, "created", actor, "timeline.enterprise.imported",
                            List.of(table.fileName()), List.of()));
                    created++;
                    written.add(enterprise);
                } else if (updateExisting) {
                    ExistingKey existing = row.existing();
                    enterprise.id = existing.id();
                    enterprise.createdAt = existing.createdAt();
                    enterprise.version = existing.version() + 1;
                    Document document = new Document();
                    mongo.getConverter().write(enterprise, document);
                    bulk.replaceOne(Query.query(Criteria.where("_id").is(existing.id()).and("version").is(existing.version())), document);
                    entries.add(new TimelineEntry(enterprise.id, now, "edit", actor, "timeline.enterprise.reimported",
                            List.of(table.fileName()), List.of()));
                    updated++;
                    written.add(enterprise);
                } else {
                    skipped++;
                }
            }
            if (!written.isEmpty()) {
                bulk.execute();
                index.putAll(written);
                timeline.recordAll(entries);
            }
            done += batch.size();
            progress.accept(done);
        }
        ImportResult result = new ImportResult(created, updated, skipped, analysis.invalid());
        events.publishEvent(new AuditEntry(enterprises.actor(), "enterprise-import", table.fileName(), "imported", List.of(
                new AuditEntry.FieldChange("created", null, String.valueOf(created)),
                new AuditEntry.FieldChange("updated", null, String.valueOf(updated)),
                new AuditEntry.FieldChange("skipped", null, String.valueOf(skipped)),
                new AuditEntry.FieldChange("invalid", null, String.valueOf(analysis.invalid())))));
        return result;
    }

    private Analysis analyse(ImportTable table, Map<EnterpriseColumn, Integer> mapping, Locale locale) {
        for (EnterpriseColumn required : REQUIRED) {
            if (mapping.getOrDefault(required, -1) < 0) {
                throw new DomainException("import.error.unmapped", translations.getTranslation(required.headerKey(), locale));
            }
        }
        Set<String> regions = new HashSet<>();
        Map<String, String> regionByName = new HashMap<>();
        for (var unit : units.all()) {
            regions.add(unit.id());
            regionByName.put(unit.region(), unit.id());
            regionByName.put(unit.regionEn(), unit.id());
        }
        List<EnterpriseColumn.Labels> languages = List.of(
                key -> translations.getTranslation(key, locale),
                key -> translations.getTranslation(key, Translations.CHINESE),
                key -> translations.getTranslation(key, Translations.ENGLISH));
        Set<String> usccsInFile = new HashSet<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>();
        int existingCount = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            int rowNumber = table.firstRowNumber() + r;
            Map<EnterpriseColumn, String> rowProblems = new LinkedHashMap<>();
            EnterpriseDraft draft = new EnterpriseDraft();
            for (var entry : mapping.entrySet()) {
                try {
                    entry.getKey().read(table.cell(r, entry.getValue()), draft, languages);
                } catch (DomainException e) {
                    rowProblems.put(entry.getKey(), translations.getTranslation(e.messageKey(), locale, e.args()));
                }
            }
            if (draft.getRegionCode() != null && !draft.getRegionCode().matches("\\d{6}")) {
                String code = regionByName.get(draft.getRegionCode());
                if (code != null) {
                    draft.setRegionCode(code);
                }
            }
            for (ConstraintViolation<EnterpriseDraft> violation : validate(draft, locale)) {
                rowProblems.putIfAbsent(column(violation.getPropertyPath().toString()), violation.getMessage());
            }
            ExistingKey found = null;
            if (rowProblems.isEmpty()) {
                String uscc = Uscc.parse(draft.getUscc()).value();
                found = index.byUscc(uscc).map(row -> new ExistingKey(row.id(), row.regionCode(), row.version(),
                        row.createdAt())).orElse(null);
                if (!regions.contains(draft.getRegionCode())) {
                    rowProblems.put(EnterpriseColumn.REGION, translations.getTranslation("enterprise.error.unknown-region", locale, draft.getRegionCode()));
                } else if (!scope.coversRegion(draft.getRegionCode()) || (found != null && !scope.coversRegion(found.regionCode()))) {
                    rowProblems.put(EnterpriseColumn.REGION, translations.getTranslation("import.error.out-of-scope", locale));
                } else if (!usccsInFile.add(uscc)) {
                    rowProblems.put(EnterpriseColumn.USCC, translations.getTranslation("import.error.duplicate-in-file", locale, uscc));
                }
            }
            if (rowProblems.isEmpty()) {
                valid.add(new ValidRow(draft, found));
                existingCount += found == null ? 0 : 1;
            } else {
                rowProblems.forEach((column, message) -> problems.add(new ImportReport.Problem(rowNumber,
                        header(table, mapping, column, locale), message)));
            }
        }
        return new Analysis(table.rows().size(), valid, existingCount, problems);
    }

    private Set<ConstraintViolation<EnterpriseDraft>> validate(EnterpriseDraft draft, Locale locale) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return validator.validate(draft);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** The column a violated property came from: {@code contacts[0].phone} is the contact phone column. */
    private static EnterpriseColumn column(String propertyPath) {
        if (propertyPath.startsWith("contacts")) {
            if (propertyPath.endsWith("phone")) {
                return EnterpriseColumn.CONTACT_PHONE;
            }
            return propertyPath.endsWith("role") ? EnterpriseColumn.CONTACT_ROLE : EnterpriseColumn.CONTACT_NAME;
        }
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            if (column.field().equals(propertyPath)) {
                return column;
            }
        }
        return EnterpriseColumn.NAME;
    }

    private String header(ImportTable table, Map<EnterpriseColumn, Integer> mapping, EnterpriseColumn column, Locale locale) {
        int index = mapping.getOrDefault(column, -1);
        return index >= 0 && index < table.headers().size() ? table.headers().get(index)
                : translations.getTranslation(column.headerKey(), locale);
    }

    private int headerIndex(ImportTable table, EnterpriseColumn column) {
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (header.equalsIgnoreCase(column.field()) || header.equalsIgnoreCase(column.name())
                    || header.equals(translations.getTranslation(column.headerKey(), Translations.CHINESE))
                    || header.equalsIgnoreCase(translations.getTranslation(column.headerKey(), Translations.ENGLISH))) {
                return i;
            }
        }
        return -1;
    }

    private void rememberMapping(ImportTable table, Map<EnterpriseColumn, Integer> mapping) {
        Map<String, String> headers = new HashMap<>();
        mapping.forEach((column, index) -> {
            if (index >= 0 && index < table.headers().size()) {
                headers.put(column.name(), table.headers().get(index));
            }
        });
        mongo.save(new Mapping(enterprises.actor(), headers));
    }

    record ExistingKey(String id, String regionCode, long version, Instant createdAt) {
    }

    record ValidRow(EnterpriseDraft draft, ExistingKey existing) {
    }

    record Analysis(int rows, List<ValidRow> valid, int existing, List<ImportReport.Problem> problems) {

        int invalid() {
            return rows - valid.size();
        }

        ImportReport report() {
            return new ImportReport(rows, valid.size(), existing, problems);
        }
    }

    /** A user's last column mapping: column name to the header it was read from. */
    @org.springframework.data.mongodb.core.mapping.Document("import_mappings")
    record Mapping(@Id String username, Map<String, String> headers) {
    }
}
