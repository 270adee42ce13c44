package org.wanqi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.audit.AuditEvent;
import org.wanqi.base.DomainException;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;

@WanqiSpringTest
class EnterpriseImportServiceTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    EnterpriseImportService imports;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitService units;
    TestUsers users;

    @BeforeEach
    void signInAnAdministrator() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static List<EnterpriseDraft> generated(int count) {
        return ImportFiles.drafts(new EnterpriseGenerator(7), count);
    }

    ImportTable read(String name, byte[] bytes) {
        return imports.read(name, new ByteArrayInputStream(bytes));
    }

    ImportResult importAll(ImportTable table, boolean update) {
        List<Integer> progress = new ArrayList<>();
        ImportResult result = imports.run(table, imports.suggestMapping(table), update, ZH, progress::add);
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.getLast()).isEqualTo(table.rows().size());
        return result;
    }

    @Test
    void aGoodWorkbookImportsEveryRowAndAnExportImportsAgain() {
        List<EnterpriseDraft> drafts = generated(40);
        ImportTable table = read("企业.xlsx", ImportFiles.bytes(drafts, SheetFormat.XLSX));
        assertThat(table.rows()).hasSize(40);
        Map<EnterpriseColumn, Integer> mapping = imports.suggestMapping(table);
        assertThat(mapping).hasSize(EnterpriseColumn.values().length);

        ImportReport report = imports.check(table, mapping, ZH);
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isEqualTo(40);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "enterprises")).as("a dry run writes nothing").isZero();

        assertThat(importAll(table, false)).isEqualTo(new ImportResult(40, 0, 0, 0));
        EnterpriseDetails first = enterprises.page(EnterpriseFilter.text(drafts.getFirst().getUscc()),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(first.name()).isEqualTo(drafts.getFirst().getName());
        assertThat(first.pollutionCategories()).isEqualTo(drafts.getFirst().getPollutionCategories());
        assertThat(first.contacts().getFirst()).isEqualTo(drafts.getFirst().getContacts().getFirst());
        assertThat(enterprises.timeline(first.id(), org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .extracting(TimelineEntry::summaryKey).containsExactly("timeline.enterprise.imported");
        assertThat(mongo.findAll(AuditEvent.class)).filteredOn(e -> e.action().equals("imported")).hasSize(1);

        java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
        try {
            enterprises.export(EnterpriseFilter.none(), SheetFormat.CSV, ZH, exported);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ImportTable again = read("export.csv", exported.toByteArray());
        ImportReport reimport = imports.check(again, imports.suggestMapping(again), ZH);
        assertThat(reimport.valid()).isEqualTo(40);
        assertThat(reimport.existing()).isEqualTo(40);
    }

    @Test
    void badRowsAreReportedWithRowColumnAndReasonAndTheRestImports() {
        List<EnterpriseDraft> drafts = generated(10);
        drafts.get(2).setUscc("91130921MA00000157");
        drafts.get(6).setContacts(List.of(new Contact("张三", "经理", "12345")));
        drafts.get(7).setName("<b>坏名字</b>");
        ImportTable table = read("bad.xlsx", ImportFiles.bytes(drafts, SheetFormat.XLSX));

        ImportReport report = imports.check(table, imports.suggestMapping(table), ZH);
        assertThat(report.valid()).isEqualTo(7);
        assertThat(report.problems()).extracting(ImportReport.Problem::rowNumber, ImportReport.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "统一社会信用代码"),
                        org.assertj.core.groups.Tuple.tuple(8, "联系电话"),
                        org.assertj.core.groups.Tuple.tuple(9, "企业名称"));
        assertThat(report.problems()).extracting(ImportReport.Problem::message).containsExactly(
                "校验位（第 18 位）应为“6”，当前为“7”，请核对代码是否抄错。",
                "电话格式不正确：应为 11 位手机号或带区号的座机号（如 0317-2025678）。",
                "不能包含 < > 等标记字符。");

        assertThat(importAll(table, false)).isEqualTo(new ImportResult(7, 0, 0, 3));
    }

    @Test
    void existingCodesAreUpdatedOrSkippedAsChosen() {
        List<EnterpriseDraft> drafts = generated(5);
        importAll(read("a.csv", ImportFiles.bytes(drafts, SheetFormat.CSV)), false);
        drafts.forEach(d -> d.setAddress("新地址1号"));
        drafts.add(generated(6).getLast());

        ImportTable table = read("b.csv", ImportFiles.bytes(drafts, SheetFormat.CSV));
        assertThat(importAll(table, false)).isEqualTo(new ImportResult(1, 0, 5, 0));
        assertThat(enterprises.count(EnterpriseFilter.none())).isEqualTo(6);
        assertThat(mongo.getCollection("enterprises").countDocuments(new org.bson.Document("address", "新地址1号"))).isZero();

        assertThat(importAll(table, true)).isEqualTo(new ImportResult(0, 6, 0, 0));
        assertThat(mongo.getCollection("enterprises").countDocuments(new org.bson.Document("address", "新地址1号"))).isEqualTo(5);
        assertThat(mongo.getCollection("enterprises").find(new org.bson.Document("address", "新地址1号")).first().get("version"))
                .isEqualTo(1L);
    }

    @Test
    void aGbkCsvFromChineseExcelIsRead() {
        String csv = "企业名称,统一社会信用代码,所属区县,污染类别,重点排污单位,监管类别\n"
                + "沧县测试化工有限公司," + EnterpriseGenerator.uscc("130921", 77) + ",沧县,大气、危险废物,是,重点\n";
        ImportTable table = read("gbk.csv", csv.getBytes(Charset.forName("GBK")));
        ImportReport report = imports.check(table, imports.suggestMapping(table), ZH);
        assertThat(report.problems()).isEmpty();
        importAll(table, false);
        EnterpriseDetails imported = enterprises.page(EnterpriseFilter.text("测试化工"),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(imported.regionCode()).isEqualTo("130921");
        assertThat(imported.pollutionCategories()).containsExactlyInAnyOrder(PollutionCategory.AIR, PollutionCategory.HAZARDOUS_WASTE);
        assertThat(imported.keyDischargeUnit()).isTrue();
        assertThat(imported.supervisionTier()).isEqualTo(SupervisionTier.KEY);
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        assertThat(refusal("empty.csv", new byte[0])).isEqualTo("import.error.empty");
        assertThat(refusal("header-only.csv", "企业名称,统一社会信用代码\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.error.empty");
        byte[] brokenXlsx = new byte[2000];
        new Random(1).nextBytes(brokenXlsx);
        brokenXlsx[0] = 'P';
        brokenXlsx[1] = 'K';
        brokenXlsx[2] = 3;
        brokenXlsx[3] = 4;
        assertThat(refusal("broken.xlsx", brokenXlsx)).isEqualTo("import.error.broken-workbook");
        byte[] garbage = new byte[1_000_000];
        new Random(2).nextBytes(garbage);
        assertThat(refusal("garbage.csv", garbage)).isIn("import.error.not-a-spreadsheet", "import.error.encoding");
        assertThat(refusal("latin.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0x80, ',', 'c', '\n'})).isEqualTo("import.error.encoding");
        assertThat(refusal("quotes.csv", "a,b\n\"x,y\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.error.broken-csv");
        byte[] huge = new byte[(int) EnterpriseSheets.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(refusal("huge.csv", huge)).isEqualTo("import.error.too-large");
    }

    private String refusal(String name, byte[] bytes) {
        try {
            read(name, bytes);
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    void withoutTheRequiredColumnsNothingIsChecked() {
        ImportTable table = read("x.csv", "名称,代码\n甲,乙\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imports.suggestMapping(table)).isEmpty();
        assertThatThrownBy(() -> imports.check(table, imports.suggestMapping(table), ZH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.unmapped"));
    }

    @Test
    void theLastMappingIsRemembered() {
        String csv = "A名称,B代码,C区县\n沧县甲化工有限公司," + EnterpriseGenerator.uscc("130921", 5) + ",130921\n";
        ImportTable table = read("custom.csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<EnterpriseColumn, Integer> mapping = Map.of(EnterpriseColumn.NAME, 0, EnterpriseColumn.USCC, 1, EnterpriseColumn.REGION, 2);
        imports.run(table, mapping, false, ZH, done -> { });
        assertThat(imports.suggestMapping(table)).isEqualTo(mapping);
    }

    @Test
    void rowsOutsideACountyOfficersAreaAreRefusedAndOfficersCannotImport() {
        users.signIn(users.create("county.sup", Role.SUPERVISOR, null, "130921"));
        List<EnterpriseDraft> drafts = generated(30);
        ImportTable table = read("mixed.csv", ImportFiles.bytes(drafts, SheetFormat.CSV));
        ImportReport report = imports.check(table, imports.suggestMapping(table), ZH);
        long inCounty = drafts.stream().filter(d -> d.getRegionCode().equals("130921")).count();
        assertThat(report.valid()).isEqualTo((int) inCounty);
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("该企业不在您的管辖区域内。"));

        users.signIn(users.create("officer.x", Role.OFFICER, null));
        assertThatThrownBy(() -> imports.read("x.csv", new ByteArrayInputStream(new byte[0]))).isInstanceOf(AccessDeniedException.class);
    }
}
