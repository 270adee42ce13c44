package org.wanqi.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.wanqi.base.Uscc;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic fictional enterprises across Cangzhou's counties: realistic industries, pollution
 * categories, valid USCCs and permit numbers. The same seed gives the same enterprises.
 *
 * <p>Command (writes JSON in the shape of {@code seed/enterprises.json}, or CSV for imports):
 * <pre>
 * ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.enterprise.EnterpriseGenerator \
 *     -Dbench.args="json 300 seed/enterprises.json"
 * ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.enterprise.EnterpriseGenerator \
 *     -Dbench.args="csv 100000 target/enterprises-100k.csv"
 * </pre>
 */
public final class EnterpriseGenerator {

    static final String[] COUNTIES = {"130902", "130903", "130921", "130922", "130923", "130924", "130925", "130926",
            "130927", "130928", "130929", "130930", "130981", "130982", "130983", "130984"};
    static final Map<String, String> COUNTY_NAMES = Map.ofEntries(
            Map.entry("130902", "新华区"), Map.entry("130903", "运河区"), Map.entry("130921", "沧县"),
            Map.entry("130922", "青县"), Map.entry("130923", "东光县"), Map.entry("130924", "海兴县"),
            Map.entry("130925", "盐山县"), Map.entry("130926", "肃宁县"), Map.entry("130927", "南皮县"),
            Map.entry("130928", "吴桥县"), Map.entry("130929", "献县"), Map.entry("130930", "孟村回族自治县"),
            Map.entry("130981", "泊头市"), Map.entry("130982", "任丘市"), Map.entry("130983", "黄骅市"),
            Map.entry("130984", "河间市"));
    private static final String BRAND = "华鑫恒泰瑞润宏盛兴达源丰海渤冀运昌隆安远通利金德正诚博聚嘉弘";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红海波";
    private static final String[] TOWNS = {"经济开发区", "工业园区", "高新区", "城东工业区", "临港产业园", "兴业路", "建设大街"};
    private static final String[] ROLES = {"环保负责人", "安全环保部经理", "总经理", "生产副总", "环保专员"};

    /** An industry: GB/T 4754 code and name, a name suffix, and the pollution categories it usually has. */
    record Industry(String code, String name, String suffix, Set<PollutionCategory> categories, int weight) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("C2614", "有机化学原料制造", "化工有限公司", EnumSet.of(PollutionCategory.AIR, PollutionCategory.WATER,
                    PollutionCategory.HAZARDOUS_WASTE, PollutionCategory.VOCS, PollutionCategory.SOIL), 14),
            new Industry("C2710", "化学药品原料药制造", "制药有限公司", EnumSet.of(PollutionCategory.AIR, PollutionCategory.WATER,
                    PollutionCategory.HAZARDOUS_WASTE, PollutionCategory.VOCS), 6),
            new Industry("C3391", "黑色金属铸造", "铸造有限公司", EnumSet.of(PollutionCategory.AIR, PollutionCategory.DUST,
                    PollutionCategory.SOLID_WASTE, PollutionCategory.NOISE), 10),
            new Industry("C3311", "金属结构制造", "管道装备有限公司", EnumSet.of(PollutionCategory.AIR, PollutionCategory.VOCS,
                    PollutionCategory.HAZARDOUS_WASTE, PollutionCategory.NOISE), 12),
            new Industry("C2110", "木质家具制造", "家具有限公司", EnumSet.of(PollutionCategory.VOCS, PollutionCategory.AIR,
                    PollutionCategory.DUST, PollutionCategory.HAZARDOUS_WASTE), 10),
            new Industry("C2641", "涂料制造", "涂料有限公司", EnumSet.of(PollutionCategory.VOCS, PollutionCategory.AIR,
                    PollutionCategory.HAZARDOUS_WASTE), 5),
            new Industry("C2319", "包装装潢及其他印刷", "包装印刷有限公司", EnumSet.of(PollutionCategory.VOCS,
                    PollutionCategory.HAZARDOUS_WASTE), 6),
            new Industry("E4790", "其他房屋建筑业", "建设工程有限公司", EnumSet.of(PollutionCategory.DUST, PollutionCategory.NOISE), 10),
            new Industry("D4620", "污水处理及其再生利用", "污水处理有限公司", EnumSet.of(PollutionCategory.WATER,
                    PollutionCategory.SOLID_WASTE, PollutionCategory.AIR), 5),
            new Industry("Q8411", "综合医院", "医院", EnumSet.of(PollutionCategory.MEDICAL_WASTE, PollutionCategory.WATER), 5),
            new Industry("O8111", "汽车修理与维护", "汽车维修有限公司", EnumSet.of(PollutionCategory.HAZARDOUS_WASTE,
                    PollutionCategory.VOCS), 6),
            new Industry("C2511", "原油加工及石油制品制造", "石化有限公司", EnumSet.of(PollutionCategory.AIR, PollutionCategory.WATER,
                    PollutionCategory.HAZARDOUS_WASTE, PollutionCategory.VOCS, PollutionCategory.SOIL), 3),
            new Industry("C1351", "牲畜屠宰", "食品有限公司", EnumSet.of(PollutionCategory.WATER, PollutionCategory.SOLID_WASTE), 4),
            new Industry("C3021", "水泥制品制造", "建材有限公司", EnumSet.of(PollutionCategory.DUST, PollutionCategory.AIR,
                    PollutionCategory.NOISE), 4));

    private final Random random;
    private final int totalWeight = INDUSTRIES.stream().mapToInt(Industry::weight).sum();

    public EnterpriseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The {@code n}-th enterprise (1-based) of this generator's sequence, as a draft. */
    public EnterpriseDraft next(int n) {
        String region = COUNTIES[random.nextInt(COUNTIES.length)];
        Industry industry = pickIndustry();
        EnterpriseDraft draft = new EnterpriseDraft();
        String county = COUNTY_NAMES.get(region);
        String place = county.length() > 3 ? county.substring(0, 2) : county.substring(0, county.length() - 1);
        String brand = "" + BRAND.charAt(random.nextInt(BRAND.length())) + BRAND.charAt(random.nextInt(BRAND.length()));
        draft.setName((industry.code().startsWith("Q") || random.nextBoolean() ? place : "沧州") + brand + industry.suffix());
        String uscc = uscc(region, n);
        draft.setUscc(uscc);
        draft.setLegalRepresentative(person());
        draft.setAddress(county + TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(300)) + "号");
        draft.setRegionCode(region);
        draft.setIndustryCode(industry.code());
        draft.setIndustryName(industry.name());
        draft.setPollutionCategories(industry.categories());
        boolean key = industry.categories().size() >= 4 && random.nextInt(3) == 0;
        draft.setKeyDischargeUnit(key);
        if (key || random.nextInt(4) == 0) {
            draft.setDischargePermitNumber(uscc + "001" + (key ? "P" : "U"));
        }
        draft.setSupervisionTier(key ? SupervisionTier.KEY : random.nextInt(20) == 0 ? SupervisionTier.SPECIAL : SupervisionTier.GENERAL);
        int status = random.nextInt(100);
        draft.setOperatingStatus(status < 90 ? OperatingStatus.OPERATING : status < 97 ? OperatingStatus.SUSPENDED : OperatingStatus.CLOSED);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
            contacts.add(new Contact(person(), ROLES[random.nextInt(ROLES.length)],
                    "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000))));
        }
        draft.setContacts(contacts);
        if (random.nextInt(10) < 7) {
            draft.setLatitude(Math.round((37.5 + random.nextDouble() * 1.3) * 1e5) / 1e5);
            draft.setLongitude(Math.round((115.7 + random.nextDouble() * 2.1) * 1e5) / 1e5);
        }
        return draft;
    }

    /** A valid USCC for a limited company ("91") registered in {@code region}, unique per {@code n}. */
    public static String uscc(String region, int n) {
        String organisation = "MA" + String.format(Locale.ROOT, "%06d", n);
        String first17 = "91" + region + organisation + organisationCheck(organisation);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** GB 11714 check character of an 8-character organisation code. */
    private static char organisationCheck(String code) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private Industry pickIndustry() {
        int ticket = random.nextInt(totalWeight);
        for (Industry industry : INDUSTRIES) {
            ticket -= industry.weight();
            if (ticket < 0) {
                return industry;
            }
        }
        throw new IllegalStateException();
    }

    private String person() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    public static void main(String[] args) throws IOException {
        String format = args[0];
        int count = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        EnterpriseGenerator generator = new EnterpriseGenerator(20261129L);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            switch (format) {
                case "json" -> writeSeedJson(generator, count, stream);
                case "csv" -> ImportFiles.writeCsv(generator, count, stream);
                default -> throw new IllegalArgumentException("format is json or csv");
            }
        }
        System.out.println("Wrote " + count + " enterprises to " + out);
    }

    private static void demoAccount(EnterpriseDraft draft, String name, String region, Industry industry, int n) {
        draft.setName(name);
        draft.setRegionCode(region);
        draft.setAddress(COUNTY_NAMES.get(region) + "经济开发区" + (10 + n) + "号");
        draft.setUscc(uscc(region, n));
        draft.setIndustryCode(industry.code());
        draft.setIndustryName(industry.name());
        draft.setPollutionCategories(industry.categories());
        draft.setKeyDischargeUnit(true);
        draft.setSupervisionTier(SupervisionTier.KEY);
        draft.setOperatingStatus(OperatingStatus.OPERATING);
        draft.setDischargePermitNumber(draft.getUscc() + "001P");
    }

    /** Demo seed: ids ent-0001…; the first two are the demo enterprise accounts' companies. */
    private static void writeSeedJson(EnterpriseGenerator generator, int count, OutputStream out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            EnterpriseDraft draft = generator.next(n);
            if (n == 1) {
                demoAccount(draft, "沧州市渤润化工有限公司", "130921", INDUSTRIES.getFirst(), n);
            } else if (n == 2) {
                demoAccount(draft, "任丘市华北精细涂料有限公司", "130982", INDUSTRIES.get(5), n);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", String.format(Locale.ROOT, "ent-%04d", n));
            row.put("enterprise", draft);
            rows.add(row);
        }
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, rows);
    }
}
