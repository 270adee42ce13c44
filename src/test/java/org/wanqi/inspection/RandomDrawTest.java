package org.wanqi.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SupervisionTier;

/**
 * The draw as a function: deterministic to the byte, bound to every input by its commitment, never
 * breaking recusal or the cross-region rule, uniform within a tier, and balanced across inspectors.
 */
class RandomDrawTest {

    private static final String SEED = "5f1c0a3e9b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";
    private static final List<String> COUNTIES = List.of("130921", "130922", "130981", "130982");

    /** A random directory and pool: {@code enterprises} across four counties, inspectors with random conflicts and recent visits. */
    static DrawInputs inputs(long seed, int enterprises, int inspectors, boolean crossRegion) {
        Random random = new Random(seed);
        List<DrawInputs.Candidate> population = new ArrayList<>();
        for (int i = 0; i < enterprises; i++) {
            SupervisionTier tier = SupervisionTier.values()[random.nextInt(3)];
            population.add(new DrawInputs.Candidate("ent-%04d".formatted(i), COUNTIES.get(random.nextInt(4)), tier, "企业" + i));
        }
        List<DrawInputs.Inspector> pool = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            Set<String> conflicts = new HashSet<>();
            Set<String> recent = new HashSet<>();
            for (int j = 0; j < 3; j++) {
                conflicts.add("ent-%04d".formatted(random.nextInt(Math.max(1, enterprises))));
                recent.add("ent-%04d".formatted(random.nextInt(Math.max(1, enterprises))));
            }
            pool.add(new DrawInputs.Inspector("insp-%03d".formatted(i), COUNTIES.get(random.nextInt(4)), conflicts, recent));
        }
        return new DrawInputs("2026-Q4", DrawInputs.DrawLevel.MUNICIPAL, null, new DrawInputs.Rules(
                Map.of(SupervisionTier.KEY, 25, SupervisionTier.GENERAL, 5, SupervisionTier.SPECIAL, 50), 2, 180, crossRegion),
                population, pool);
    }

    @Test
    void theSameInputsAndSeedGiveTheSameDrawByteForByte() {
        DrawInputs inputs = inputs(1, 300, 30, false);
        DrawInputs reread = DrawInputs.parse(inputs.text());
        assertThat(reread.text()).isEqualTo(inputs.text());
        DrawInputs filtered = new DrawInputs(inputs.quarter(), inputs.level(), inputs.unitId(),
                new DrawInputs.Filter(Set.of(PollutionCategory.WATER, PollutionCategory.AIR), "C26"), inputs.rules(), inputs.population(),
                inputs.inspectors());
        assertThat(filtered.text()).contains("population categories AIR,WATER\npopulation industry C26\n");
        assertThat(DrawInputs.parse(filtered.text())).isEqualTo(filtered);
        String first = RandomDraw.resultText(RandomDraw.run(SEED, inputs));
        String again = RandomDraw.resultText(RandomDraw.run(SEED, reread));
        assertThat(again).isEqualTo(first).isNotEmpty();
        assertThat(RandomDraw.resultText(RandomDraw.run(SEED.replace('5', '6'), inputs))).isNotEqualTo(first);
    }

    @Test
    void anyChangedInputChangesTheCommitment() {
        DrawInputs inputs = inputs(2, 50, 8, false);
        String commitment = RandomDraw.commitment(SEED, inputs.text());
        assertThat(commitment).hasSize(64).isEqualTo(RandomDraw.commitment(SEED, inputs.text()));
        List<DrawInputs> changed = List.of(
                new DrawInputs("2027-Q1", inputs.level(), inputs.unitId(), inputs.rules(), inputs.population(), inputs.inspectors()),
                new DrawInputs(inputs.quarter(), inputs.level(), inputs.unitId(), new DrawInputs.Filter(Set.of(PollutionCategory.AIR), null),
                        inputs.rules(), inputs.population(), inputs.inspectors()),
                new DrawInputs(inputs.quarter(), inputs.level(), inputs.unitId(), new DrawInputs.Rules(inputs.rules().percent(), 3,
                        180, false), inputs.population(), inputs.inspectors()),
                new DrawInputs(inputs.quarter(), inputs.level(), inputs.unitId(), inputs.rules(),
                        inputs.population().subList(1, inputs.population().size()), inputs.inspectors()),
                new DrawInputs(inputs.quarter(), inputs.level(), inputs.unitId(), inputs.rules(), inputs.population(),
                        inputs.inspectors().subList(1, inputs.inspectors().size())));
        for (DrawInputs other : changed) {
            assertThat(RandomDraw.commitment(SEED, other.text())).isNotEqualTo(commitment);
        }
        assertThat(RandomDraw.commitment(SEED.replace('a', 'b'), inputs.text())).isNotEqualTo(commitment);
    }

    @Property(tries = 200)
    void recusalAndCrossRegionAreNeverViolated(@ForAll long populationSeed, @ForAll @IntRange(min = 0, max = 120) int enterprises,
                                               @ForAll @IntRange(min = 0, max = 12) int inspectors, @ForAll boolean crossRegion) {
        DrawInputs inputs = inputs(populationSeed, enterprises, inspectors, crossRegion);
        Map<String, DrawInputs.Inspector> pool = new HashMap<>();
        inputs.inspectors().forEach(inspector -> pool.put(inspector.id(), inspector));
        Map<String, DrawInputs.Candidate> directory = new HashMap<>();
        inputs.population().forEach(candidate -> directory.put(candidate.enterpriseId(), candidate));
        for (RandomDraw.Assignment assignment : RandomDraw.run(Long.toHexString(populationSeed), inputs)) {
            DrawInputs.Candidate enterprise = directory.get(assignment.enterpriseId());
            assertThat(assignment.inspectorIds()).doesNotHaveDuplicates();
            assertThat(assignment.inspectorIds().size() + assignment.shortage()).isEqualTo(2);
            for (String id : assignment.inspectorIds()) {
                DrawInputs.Inspector inspector = pool.get(id);
                assertThat(inspector.conflicts()).doesNotContain(enterprise.enterpriseId());
                assertThat(inspector.recentlyInspected()).doesNotContain(enterprise.enterpriseId());
                if (crossRegion) {
                    assertThat(inspector.unitId()).isNotEqualTo(enterprise.regionCode());
                }
            }
        }
    }

    @Test
    void everyEnterpriseOfATierIsEquallyLikelyToBeDrawn() {
        List<DrawInputs.Candidate> population = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            population.add(new DrawInputs.Candidate("ent-%02d".formatted(i), "130921", SupervisionTier.KEY, "企业" + i));
        }
        DrawInputs inputs = new DrawInputs("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921",
                new DrawInputs.Rules(Map.of(SupervisionTier.KEY, 25), 1, 180, false), population, List.of());
        int draws = 4000;
        Map<String, Integer> chosen = new HashMap<>();
        for (int d = 0; d < draws; d++) {
            RandomDraw.run("seed-" + d, inputs).forEach(a -> chosen.merge(a.enterpriseId(), 1, Integer::sum));
        }
        double expected = draws * 5 / 20.0;
        double chiSquare = chosen.values().stream().mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
        assertThat(chosen).hasSize(20);
        // 19 degrees of freedom: the 99.9th percentile of chi-square is 43.8
        assertThat(chiSquare).as("chi-square of how often each was drawn").isLessThan(43.8);
    }

    @Test
    void inspectorsShareTheWorkEvenly() {
        DrawInputs inputs = inputs(7, 400, 20, false);
        List<DrawInputs.Inspector> unconflicted = inputs.inspectors().stream()
                .map(i -> new DrawInputs.Inspector(i.id(), i.unitId(), Set.of(), Set.of())).toList();
        DrawInputs free = new DrawInputs(inputs.quarter(), inputs.level(), null, inputs.rules(), inputs.population(), unconflicted);
        Map<String, Integer> load = new HashMap<>();
        RandomDraw.run(SEED, free).forEach(a -> a.inspectorIds().forEach(id -> load.merge(id, 1, Integer::sum)));
        assertThat(load).hasSize(20);
        int most = load.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int least = load.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(most - least).as("assignments per inspector differ by at most one").isLessThanOrEqualTo(1);
    }
}
