package org.wanqi.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wanqi.enterprise.EnterpriseColumn;
import org.wanqi.enterprise.OperatingStatus;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SupervisionTier;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.Role;
import org.wanqi.visit.VisitType;

/** Every UI string exists in Chinese and in English, and every key the code uses exists. */
class TranslationBundlesTest {

    /** Literal keys passed to getTranslation, DomainException, menu titles and problem codes. */
    static final Pattern[] KEY_USES = {
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("new DomainException\\(\\s*\"([^\"]+)\""),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("filterField\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\"\\{([a-z][\\w.-]+)\\}\""),
    };
    static final Pattern PROBLEM_CODE = Pattern.compile("HttpStatus\\.\\w+,\\s*\"([a-z-]+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/i18n/messages_" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("zh_CN").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
        assertThat(chinese).as("keys only in Chinese").isSubsetOf(english);
        assertThat(english).as("keys only in English").isSubsetOf(chinese);
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String suffix : new String[] {"zh_CN", "en"}) {
            Properties bundle = bundle(suffix);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(suffix + ":" + key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = usedKeys();
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (var locale : Translations.SUPPORTED) {
            used.add("language." + locale.getLanguage());
        }
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            used.add(column.headerKey());
        }
        for (Enum<?> value : PollutionCategory.values()) {
            used.add("pollution." + value.name());
        }
        for (Enum<?> value : SupervisionTier.values()) {
            used.add("tier." + value.name());
        }
        for (Enum<?> value : OperatingStatus.values()) {
            used.add("operating." + value.name());
        }
        for (VisitType type : VisitType.values()) {
            used.add("timeline.visit." + type.name());
        }
        for (RiskStatus status : RiskStatus.values()) {
            if (status != RiskStatus.OPEN) {
                used.add("timeline.risk." + status.name());
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(40);
        Set<String> known = bundle("zh_CN").stringPropertyNames();
        assertThat(used).as("keys the code uses but no bundle has").isSubsetOf(known);
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern use : KEY_USES) {
                    Matcher matcher = use.matcher(code);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
                Matcher problem = PROBLEM_CODE.matcher(code);
                while (problem.find()) {
                    keys.add("problem." + problem.group(1) + ".title");
                    keys.add("problem." + problem.group(1) + ".detail");
                }
            }
        }
        return keys;
    }
}
