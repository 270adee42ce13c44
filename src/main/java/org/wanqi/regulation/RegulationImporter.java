package org.wanqi.regulation;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.security.CurrentUser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads statutes into the knowledge base: JSON Lines (optionally gzip-compressed; one article per
 * line, the fields of {@code ../shared/data/README.md}) or one Markdown file per law (title line,
 * chapters as headings, 第X条 paragraphs). Articles are keyed by regulation, version and number, so
 * importing a file again changes only what changed; every version is kept. Bad lines are skipped
 * and reported with their line numbers.
 */
@Service
public class RegulationImporter {

    private static final int BATCH = 2_000;
    /** How much of a file is read to tell whether it is text. */
    private static final int SNIFF = 4096;
    private static final Pattern DATED = Pattern.compile("[（(](\\d{4}-\\d{2}-\\d{2})[)）]");
    private static final Pattern ARTICLE_START = Pattern.compile(
            "^(第\\s*" + ArticleNumber.NUMERAL + "\\s*条(?:之[一二三四五六七八九十]+)?)[\\s　]*(.*)$");

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final KnowledgeBaseChanges changes;
    private final Clock clock;
    private final BusinessZone zone;

    RegulationImporter(MongoTemplate mongo, JsonMapper json, CurrentUser currentUser, ApplicationEventPublisher events,
                       KnowledgeBaseChanges changes, Clock clock, BusinessZone zone) {
        this.mongo = mongo;
        this.json = json;
        this.currentUser = currentUser;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Imports {@code in}: Markdown when {@code fileName} ends in {@code .md}, JSON Lines otherwise
     * (gzip is recognised by its bytes). {@code progress} hears the number of lines read so far.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public RegulationImport importFile(String fileName, InputStream in, IntConsumer progress) throws IOException {
        InputStream bytes = ungzipped(in);
        boolean markdown = fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown)(\\.gz)?$");
        refuseUnlessText(bytes, markdown);
        Run run = new Run(progress);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
            if (markdown) {
                readMarkdown(fileName, reader, run);
            } else {
                readJsonLines(reader, run);
            }
        }
        run.finish();
        events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), "regulation-import", fileName, "imported"));
        return run.report();
    }

    /**
     * Refuses, before anything is written, a file that is not text (a photo, an archive) or, for JSON
     * Lines, does not begin with a JSON object.
     */
    private static void refuseUnlessText(InputStream bytes, boolean markdown) throws IOException {
        bytes.mark(SNIFF);
        byte[] start = bytes.readNBytes(SNIFF);
        bytes.reset();
        for (byte b : start) {
            if (b == 0) {
                throw new DomainException("regulation.import.error.not-text-file");
            }
        }
        String text = new String(start, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!markdown && !text.isEmpty() && !text.startsWith("{")) {
            throw new DomainException("regulation.import.error.not-json-lines");
        }
    }

    private static InputStream ungzipped(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), SNIFF * 2)
                : buffered;
    }

    private void readJsonLines(BufferedReader reader, Run run) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            run.lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                if (!node.isObject()) {
                    throw new Refused("regulation.import.error.not-object");
                }
                String law = text(node, "law");
                if (law == null) {
                    throw new Refused("regulation.import.error.missing", "law");
                }
                String body = text(node, "text");
                if (body == null) {
                    throw new Refused("regulation.import.error.missing", "text");
                }
                Source source = new Source(law, text(node, "law_short"), date(text(node, "version_date")),
                        RegulationStatus.ofVersion(!node.has("is_latest_version") || node.get("is_latest_version").asBoolean(true),
                                node.hasNonNull("expired") ? node.get("expired").asBoolean() : null),
                        RegulationLevel.of(text(node, "level")).orElse(null), text(node, "category"));
                String chapter = join(text(node, "part"), text(node, "chapter"));
                run.add(source, text(node, "article_no"), chapter, body);
            } catch (JacksonException malformed) {
                run.problem("regulation.import.error.malformed", firstLine(malformed.getOriginalMessage()));
            } catch (Refused refused) {
                run.problem(refused.key, refused.args);
            }
        }
    }

    /** A title line (# optional), headings or lines like 第一章 总则 as chapters, and 第X条 paragraphs. */
    private void readMarkdown(String fileName, BufferedReader reader, Run run) throws IOException {
        String line;
        Source source = null;
        String chapter = null;
        String number = null;
        StringBuilder body = new StringBuilder();
        while ((line = reader.readLine()) != null) {
            run.lineNumber++;
            String t = line.strip().replaceFirst("^#+\\s*", "");
            if (t.isEmpty()) {
                continue;
            }
            if (source == null) {
                Matcher dated = DATED.matcher(t + " " + fileName);
                LocalDate version = dated.find() ? LocalDate.parse(dated.group(1)) : null;
                String title = DATED.matcher(t).replaceAll("").replace("《", "").replace("》", "").strip();
                source = new Source(title, null, version, RegulationStatus.CURRENT, null, null);
                continue;
            }
            Matcher article = ARTICLE_START.matcher(t);
            boolean heading = line.strip().startsWith("#") || t.matches("^第[一二三四五六七八九十百]+[编章节].*");
            if (article.matches() || heading) {
                if (number != null) {
                    run.add(source, number, chapter, body.toString().strip());
                }
                number = null;
                body.setLength(0);
            }
            if (article.matches()) {
                number = article.group(1).replaceAll("\\s", "");
                body.append(article.group(2)).append('\n');
            } else if (heading) {
                chapter = t;
            } else if (number != null) {
                body.append(t).append('\n');
            }
        }
        if (number != null) {
            run.add(source, number, chapter, body.toString().strip());
        }
        if (source == null) {
            run.problem("regulation.import.error.empty");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new Refused("regulation.import.error.not-text", field);
        }
        String s = value.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("regulation.import.error.not-date", text);
        }
    }

    private static String join(String part, String chapter) {
        if (part == null) {
            return chapter;
        }
        return chapter == null ? part : part + " " + chapter;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static String regulationId(String title) {
        return hash(title);
    }

    static String articleId(String title, LocalDate version, String number) {
        return hash(title + "|" + version + "|" + number);
    }

    /** 20 hex digits: never 24, which Spring Data would store as an ObjectId. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a regulation's version is described by the lines that carry its articles. */
    private record Source(String law, String shortTitle, LocalDate version, RegulationStatus status,
                          RegulationLevel level, String category) {
    }

    /** A line that cannot be read: why, as a translation key and its arguments. */
    private static final class Refused extends RuntimeException {
        private final String key;
        private final String[] args;

        Refused(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** One import: what was read, batched writes, and the counts. */
    private final class Run {
        private final IntConsumer progress;
        private final Instant now = clock.instant();
        private final Map<String, String> storedHashes = new HashMap<>();
        private final Map<String, LawArticle> batch = new LinkedHashMap<>();
        /** Each article's position in its version; a repeated article keeps its first. */
        private final Map<String, Integer> ordinals = new HashMap<>();
        private final Map<String, Integer> versionSizes = new HashMap<>();
        private final Map<String, RegulationSummary> regulations = new LinkedHashMap<>();
        private final List<RegulationImport.Problem> problems = new ArrayList<>();
        int lineNumber;
        private int inserted;
        private int updated;
        private int unchanged;

        Run(IntConsumer progress) {
            this.progress = progress;
            mongo.getCollection(mongo.getCollectionName(LawArticle.class)).find()
                    .projection(new org.bson.Document("contentHash", 1))
                    .forEach(doc -> storedHashes.put(String.valueOf(doc.get("_id")), doc.getString("contentHash")));
        }

        void add(Source source, String written, String chapter, String body) {
            ArticleNumber number = null;
            if (written != null) {
                number = ArticleNumber.parse(written).orElseThrow(() -> new Refused("regulation.import.error.not-article-number", written));
            }
            LawArticle article = new LawArticle();
            article.id = articleId(source.law(), source.version(), number == null ? "" : number.written());
            String versionKey = source.law() + "|" + source.version();
            int ordinal = ordinals.computeIfAbsent(article.id, id -> versionSizes.merge(versionKey, 1, Integer::sum));
            article.regulationId = regulationId(source.law());
            article.law = source.law();
            article.shortTitle = shortTitle(source);
            article.versionDate = source.version();
            article.status = source.status();
            article.number = number == null ? "" : number.written();
            article.numberValue = number == null ? 0 : number.value();
            article.numberSuffix = number == null ? 0 : number.suffix();
            article.ordinal = ordinal;
            article.chapter = chapter;
            article.text = body;
            article.level = source.level();
            article.contentHash = hash(String.join("|", article.law, String.valueOf(article.versionDate),
                    String.valueOf(article.status), article.number, String.valueOf(article.ordinal),
                    String.valueOf(article.chapter), article.text, String.valueOf(article.level)));
            article.updatedAt = now;
            regulations.computeIfAbsent(article.regulationId, id -> new RegulationSummary(source)).count(source);
            LawArticle earlier = batch.put(article.id, article);
            if (earlier != null) {
                unchanged++;
            }
            if (batch.size() >= BATCH) {
                flush();
            }
            progress.accept(lineNumber);
        }

        void problem(String key, String... args) {
            problems.add(new RegulationImport.Problem(lineNumber, key, List.of(args)));
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LawArticle.class);
            List<ArticleDetails> written = new ArrayList<>();
            for (LawArticle article : batch.values()) {
                String stored = storedHashes.get(article.id);
                if (article.contentHash.equals(stored)) {
                    unchanged++;
                    continue;
                }
                if (stored == null) {
                    bulk.insert(article);
                    inserted++;
                } else {
                    bulk.replaceOne(Query.query(Criteria.where("_id").is(article.id)), article);
                    updated++;
                }
                storedHashes.put(article.id, article.contentHash);
                written.add(ArticleDetails.of(article));
            }
            if (!written.isEmpty()) {
                bulk.execute();
                changes.written(RegulationsChanged.ofArticles(written));
            }
            batch.clear();
        }

        void finish() {
            flush();
            regulations.values().forEach(RegulationSummary::save);
            if (!regulations.isEmpty()) {
                changes.written(RegulationsChanged.ofRegulations(List.copyOf(regulations.keySet())));
            }
            progress.accept(lineNumber);
        }

        RegulationImport report() {
            return new RegulationImport(lineNumber, inserted, updated, unchanged, regulations.size(), List.copyOf(problems));
        }

        private static String shortTitle(Source source) {
            return source.shortTitle() != null ? source.shortTitle() : Titles.normalize(source.law());
        }

        /** The versions of one regulation this file carries, merged into what is stored at the end. */
        private final class RegulationSummary {
            private final Source first;
            private final Map<LocalDate, int[]> articlesByVersion = new LinkedHashMap<>();
            private final Map<LocalDate, RegulationStatus> statusByVersion = new HashMap<>();

            RegulationSummary(Source first) {
                this.first = first;
            }

            void count(Source source) {
                articlesByVersion.computeIfAbsent(source.version(), v -> new int[1])[0]++;
                statusByVersion.put(source.version(), source.status());
            }

            void save() {
                String id = regulationId(first.law());
                Regulation regulation = mongo.findById(id, Regulation.class);
                if (regulation == null) {
                    regulation = new Regulation();
                    regulation.id = id;
                    regulation.title = first.law();
                }
                regulation.shortTitle = shortTitle(first);
                if (regulation.level == null) {
                    regulation.level = first.level();
                }
                if (regulation.category == null) {
                    regulation.category = first.category();
                }
                Map<LocalDate, Regulation.Version> versions = new java.util.TreeMap<>(
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
                regulation.versions.forEach(v -> versions.put(v.date(), v));
                articlesByVersion.forEach((date, count) ->
                        versions.put(date, new Regulation.Version(date, statusByVersion.get(date), count[0])));
                regulation.versions = new ArrayList<>(versions.values());
                regulation.deriveStatus(zone.dateOf(now));
                regulation.updatedAt = now;
                mongo.save(regulation);
            }
        }
    }
}
