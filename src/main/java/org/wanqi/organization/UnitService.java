package org.wanqi.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/**
 * The units, for everyone signed in; kept in step with {@code seed/units.json} at start-up. They are
 * reference data that only change with the seed file, so they are read from memory (every scope
 * check asks for the caller's unit); a unit another node added since is read from the database.
 */
@Service
@Order(SeedOrder.UNITS)
public class UnitService implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private volatile Map<String, Unit> byId = Map.of();

    UnitService(MongoTemplate mongo, SeedFiles seed) {
        this.mongo = mongo;
        this.seed = seed;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Unit> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Unit.class);
    }

    /** The county units (分局), by id; read from memory, not from the database. */
    @PreAuthorize("isAuthenticated()")
    public List<Unit> counties() {
        return byId.values().stream().filter(unit -> unit.level() == Unit.Level.COUNTY).sorted(Comparator.comparing(Unit::id))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Unit> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Unit known = byId.get(id);
        return known != null ? Optional.of(known) : Optional.ofNullable(mongo.findById(id, Unit.class));
    }

    /**
     * The region a unit serves, by name (沧县, 任丘市), for pages that would otherwise show its code;
     * the code itself for a unit not known. Unit names are public (一公开 pages show them).
     */
    @PreAuthorize("permitAll()")
    public String regionName(String id, Locale locale) {
        Unit known = id == null ? null : byId.get(id);
        return known == null ? String.valueOf(id) : known.regionName(locale);
    }

    /** Upserts the reference units; safe to run on every start. */
    @Override
    public void run(ApplicationArguments args) {
        seed.read("units.json", Unit.class).forEach(mongo::save);
        byId = all().stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
    }
}
