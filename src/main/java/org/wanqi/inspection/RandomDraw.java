package org.wanqi.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.wanqi.enterprise.SupervisionTier;

/**
 * The draw itself: a pure function of the seed and the frozen inputs, so that anyone holding both
 * gets the same result (the algorithm, step by step, is in {@code docs/random-inspection.md}).
 * <ol>
 * <li>Random numbers: block {@code i} of stream {@code label} is SHA-256 of the UTF-8 text
 * {@code seed|label|i}; its first 8 bytes, big-endian and unsigned, are the number. A number below
 * {@code n} is drawn by rejection: numbers at or above ⌊(2^64 − 1) / n⌋ · n are skipped, the rest
 * taken modulo {@code n}.</li>
 * <li>Enterprises: per tier, in the order of the inputs (sorted by id), a partial Fisher–Yates
 * shuffle with stream {@code select:<TIER>} picks {@code ceil(n × percent / 100)}.</li>
 * <li>Inspectors: the drawn enterprises by id; for each, the eligible inspectors (no declared
 * conflict, did not inspect it within the recusal window, in cross-region mode not of its county)
 * are shuffled with stream {@code assign:<enterprise id>} and stably sorted by how many enterprises
 * they already have; the first {@code inspectorsPerEnterprise} are taken.</li>
 * </ol>
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    /** One drawn enterprise, its inspectors, and how many inspectors it lacks (none eligible). */
    public record Assignment(String enterpriseId, SupervisionTier tier, List<String> inspectorIds, int shortage) {
    }

    /** SHA-256 of the seed and the inputs text, in hex: what is published before the draw. */
    public static String commitment(String seedHex, String inputsText) {
        return HexFormat.of().formatHex(sha256(seedHex + "\n" + inputsText));
    }

    public static List<Assignment> run(String seedHex, DrawInputs inputs) {
        Map<SupervisionTier, List<DrawInputs.Candidate>> byTier = new HashMap<>();
        inputs.population().forEach(candidate -> byTier.computeIfAbsent(candidate.tier(), tier -> new ArrayList<>()).add(candidate));
        List<DrawInputs.Candidate> drawn = new ArrayList<>();
        for (SupervisionTier tier : SupervisionTier.values()) {
            List<DrawInputs.Candidate> candidates = new ArrayList<>(byTier.getOrDefault(tier, List.of()));
            int wanted = (int) Math.min(candidates.size(),
                    Math.ceilDiv((long) candidates.size() * inputs.rules().percent(tier), 100));
            Stream random = new Stream(seedHex, "select:" + tier.name());
            for (int i = 0; i < wanted; i++) {
                int j = i + random.below(candidates.size() - i);
                DrawInputs.Candidate swapped = candidates.get(i);
                candidates.set(i, candidates.get(j));
                candidates.set(j, swapped);
            }
            drawn.addAll(candidates.subList(0, wanted));
        }
        drawn.sort(Comparator.comparing(DrawInputs.Candidate::enterpriseId));
        Map<String, Integer> load = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        for (DrawInputs.Candidate enterprise : drawn) {
            List<DrawInputs.Inspector> eligible = new ArrayList<>(inputs.inspectors().stream()
                    .filter(inspector -> inspector.mayInspect(enterprise, inputs.rules().crossRegion())).toList());
            Stream random = new Stream(seedHex, "assign:" + enterprise.enterpriseId());
            for (int i = eligible.size() - 1; i > 0; i--) {
                int j = random.below(i + 1);
                DrawInputs.Inspector swapped = eligible.get(i);
                eligible.set(i, eligible.get(j));
                eligible.set(j, swapped);
            }
            eligible.sort(Comparator.comparingInt(inspector -> load.getOrDefault(inspector.id(), 0)));
            int wanted = inputs.rules().inspectorsPerEnterprise();
            List<String> chosen = eligible.stream().limit(wanted).map(DrawInputs.Inspector::id).toList();
            chosen.forEach(id -> load.merge(id, 1, Integer::sum));
            assignments.add(new Assignment(enterprise.enterpriseId(), enterprise.tier(), chosen, wanted - chosen.size()));
        }
        return assignments;
    }

    /** The result as text, one line per drawn enterprise: {@code id|TIER|inspector,inspector|shortage}. */
    public static String resultText(List<Assignment> assignments) {
        StringBuilder text = new StringBuilder();
        for (Assignment assignment : assignments) {
            text.append(assignment.enterpriseId()).append('|').append(assignment.tier().name()).append('|')
                    .append(String.join(",", assignment.inspectorIds())).append('|').append(assignment.shortage()).append('\n');
        }
        return text.toString();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uniform numbers from the seed, one named stream per purpose, so a step's draws never shift another's. */
    private static final class Stream {

        private final String prefix;
        private long counter;

        Stream(String seedHex, String label) {
            this.prefix = seedHex + "|" + label + "|";
        }

        private long next() {
            return ByteBuffer.wrap(sha256(prefix + counter++)).getLong();
        }

        /** A number in [0, n), every one equally likely. */
        int below(int n) {
            long limit = Long.divideUnsigned(-1L, n) * n;
            long x;
            do {
                x = next();
            } while (Long.compareUnsigned(x, limit) >= 0);
            return (int) Long.remainderUnsigned(x, n);
        }
    }
}
