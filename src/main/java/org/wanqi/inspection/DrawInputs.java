package org.wanqi.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SupervisionTier;

/**
 * What a draw is drawn from, frozen when it is committed: the quarter and level, the rules, the
 * inspection-object directory (enterprises and their tier) and the inspector pool (with declared
 * conflicts and recent inspections, for recusal). Its {@link #text()} is what the commitment hashes and
 * what is published; {@link #parse} reads it back, so a verifier needs nothing else.
 */
public record DrawInputs(String quarter, DrawLevel level, String unitId, Filter filter, Rules rules,
                         List<Candidate> population, List<Inspector> inspectors) {

    static final String HEADER = "wanqi-random-draw v1";

    public DrawInputs {
        population = population.stream().sorted(Comparator.comparing(Candidate::enterpriseId)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
    }

    /** Inputs drawn from the whole directory of the level, no population filter. */
    public DrawInputs(String quarter, DrawLevel level, String unitId, Rules rules, List<Candidate> population,
                      List<Inspector> inspectors) {
        this(quarter, level, unitId, Filter.NONE, rules, population, inspectors);
    }

    /**
     * Which enterprises of the level's directory a draw is drawn from (a 双随机 drawn for one kind of
     * inspection): those with any of these pollution categories, and with an industry code starting
     * with this prefix; empty and null: all. The population in the inputs is already filtered; the
     * filter is published so that anyone can see what it was drawn from.
     */
    public record Filter(Set<PollutionCategory> categories, String industryPrefix) {

        public static final Filter NONE = new Filter(Set.of(), null);
        /** An industry code prefix: GB/T 4754 letters and digits, no spaces. */
        public static final Pattern INDUSTRY = Pattern.compile("[A-Za-z0-9]{1,10}");

        public Filter {
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            industryPrefix = industryPrefix == null || industryPrefix.isBlank() ? null : industryPrefix.strip();
        }

        boolean admits(Set<PollutionCategory> enterpriseCategories, String industryCode) {
            return (categories.isEmpty() || enterpriseCategories.stream().anyMatch(categories::contains))
                    && (industryPrefix == null || industryCode != null && industryCode.startsWith(industryPrefix));
        }
    }

    /** Whether the draw is the city bureau's (市级) or a county branch's (县级). */
    public enum DrawLevel { MUNICIPAL, COUNTY }

    /**
     * @param percent          per tier, the share of its enterprises drawn (rounded up)
     * @param recusalDays      an inspector who inspected an enterprise within this many days is not sent again
     * @param crossRegion      inspectors never go to an enterprise of their own county
     */
    public record Rules(Map<SupervisionTier, Integer> percent, int inspectorsPerEnterprise, int recusalDays, boolean crossRegion) {

        public Rules {
            Map<SupervisionTier, Integer> copy = new EnumMap<>(SupervisionTier.class);
            copy.putAll(percent);
            percent = copy;
        }

        int percent(SupervisionTier tier) {
            return percent.getOrDefault(tier, 0);
        }
    }

    /** An enterprise of the directory. */
    public record Candidate(String enterpriseId, String regionCode, SupervisionTier tier, String name) {
    }

    /** An inspector of the pool: an officer with a certificate, by opaque id and unit (no personal data). */
    public record Inspector(String id, String unitId, Set<String> conflicts, Set<String> recentlyInspected) {

        public Inspector {
            conflicts = Set.copyOf(conflicts);
            recentlyInspected = Set.copyOf(recentlyInspected);
        }

        boolean mayInspect(Candidate enterprise, boolean crossRegion) {
            return !conflicts.contains(enterprise.enterpriseId()) && !recentlyInspected.contains(enterprise.enterpriseId())
                    && !(crossRegion && unitId.equals(enterprise.regionCode()));
        }
    }

    /** The inputs as published: one fact per line, lists sorted, so the same inputs always read the same. */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("quarter ").append(quarter).append('\n');
        text.append("level ").append(level.name()).append(' ').append(unitId == null ? "-" : unitId).append('\n');
        if (!filter.categories().isEmpty()) {
            text.append("population categories ").append(String.join(",", filter.categories().stream().map(Enum::name).sorted().toList()))
                    .append('\n');
        }
        if (filter.industryPrefix() != null) {
            text.append("population industry ").append(filter.industryPrefix()).append('\n');
        }
        for (SupervisionTier tier : SupervisionTier.values()) {
            text.append("rule percent ").append(tier.name()).append(' ').append(rules.percent(tier)).append('\n');
        }
        text.append("rule inspectors-per-enterprise ").append(rules.inspectorsPerEnterprise()).append('\n');
        text.append("rule recusal-days ").append(rules.recusalDays()).append('\n');
        text.append("rule cross-region ").append(rules.crossRegion()).append('\n');
        for (Candidate candidate : population) {
            text.append("enterprise ").append(candidate.enterpriseId()).append(' ').append(candidate.regionCode()).append(' ')
                    .append(candidate.tier().name()).append(' ').append(candidate.name()).append('\n');
        }
        for (Inspector inspector : inspectors) {
            text.append("inspector ").append(inspector.id()).append(' ').append(inspector.unitId())
                    .append(" conflicts=").append(String.join(",", inspector.conflicts().stream().sorted().toList()))
                    .append(" recent=").append(String.join(",", inspector.recentlyInspected().stream().sorted().toList()))
                    .append('\n');
        }
        return text.toString();
    }

    /** Reads {@link #text()} back. */
    public static DrawInputs parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IllegalArgumentException("Not the inputs of a draw");
        }
        String quarter = null;
        DrawLevel level = null;
        String unitId = null;
        Set<PollutionCategory> categories = Set.of();
        String industry = null;
        Map<SupervisionTier, Integer> percent = new EnumMap<>(SupervisionTier.class);
        int perEnterprise = 0;
        int recusalDays = 0;
        boolean crossRegion = false;
        List<Candidate> population = new ArrayList<>();
        List<Inspector> inspectors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] part = line.split(" ", 5);
            switch (part[0]) {
                case "quarter" -> quarter = part[1];
                case "level" -> {
                    level = DrawLevel.valueOf(part[1]);
                    unitId = part[2].equals("-") ? null : part[2];
                }
                case "population" -> {
                    switch (part[1]) {
                        case "categories" -> categories = Arrays.stream(part[2].split(",")).map(PollutionCategory::valueOf)
                                .collect(Collectors.toSet());
                        case "industry" -> industry = part[2];
                        default -> throw new IllegalArgumentException("Unknown population filter: " + line);
                    }
                }
                case "rule" -> {
                    switch (part[1]) {
                        case "percent" -> percent.put(SupervisionTier.valueOf(part[2]), Integer.parseInt(part[3]));
                        case "inspectors-per-enterprise" -> perEnterprise = Integer.parseInt(part[2]);
                        case "recusal-days" -> recusalDays = Integer.parseInt(part[2]);
                        case "cross-region" -> crossRegion = Boolean.parseBoolean(part[2]);
                        default -> throw new IllegalArgumentException("Unknown rule: " + line);
                    }
                }
                case "enterprise" -> population.add(new Candidate(part[1], part[2], SupervisionTier.valueOf(part[3]),
                        part.length > 4 ? part[4] : ""));
                case "inspector" -> inspectors.add(new Inspector(part[1], part[2], ids(part[3], "conflicts="), ids(part[4], "recent=")));
                default -> throw new IllegalArgumentException("Unknown line: " + line);
            }
        }
        return new DrawInputs(quarter, level, unitId, new Filter(categories, industry),
                new Rules(percent, perEnterprise, recusalDays, crossRegion), population, inspectors);
    }

    private static Set<String> ids(String field, String name) {
        String list = field.substring(name.length());
        return list.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(list.split(",")));
    }
}
