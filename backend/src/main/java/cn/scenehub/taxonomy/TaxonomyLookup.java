package cn.scenehub.taxonomy;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves what people and files write (a code, a Chinese name, full-width or padded) to a term
 * of a vocabulary. Importers call it once per cell of 10,000-row files, so it answers from an
 * immutable snapshot of the database, loaded on first use and never queried per call.
 *
 * <p>The snapshot is only a copy: it is reloaded from the database when this instance evicts the
 * taxonomy cache ({@link TaxonomyService#evictCache()}) and every
 * {@code scenehub.taxonomy.lookup-refresh} (default 5 min), so other replicas follow a change.
 */
@Singleton
public class TaxonomyLookup {

    private static final Logger LOG = LoggerFactory.getLogger(TaxonomyLookup.class);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** What sources append to a chain's name: 智能家电产业链, 橡胶轮胎产业. */
    private static final Pattern CHAIN_SUFFIX = Pattern.compile("(产业链|产业集群|产业)$");

    private final TaxonomyTermRepository terms;
    private volatile Snapshot snapshot;

    TaxonomyLookup(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /**
     * The term {@code codeOrName} denotes, or empty when it denotes none (or several). Codes are
     * matched case-insensitively and names exactly, both after full-width → half-width folding and
     * trimming. REGION also takes a four-digit city code (3702 → 370200) or a two-digit province
     * code; CHAIN also takes a name with 产业链/产业 appended or its trailing 装备 left off.
     */
    public Optional<TaxonomyTerm> resolve(TaxonomyKind kind, @Nullable String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String key = key(codeOrName);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TaxonomyTerm> byKey = current().byKey.get(kind);
        TaxonomyTerm term = byKey.get(kind == TaxonomyKind.REGION ? sixDigits(key) : key);
        if (term == null && kind == TaxonomyKind.CHAIN) {
            String bare = CHAIN_SUFFIX.matcher(key).replaceFirst("");
            term = byKey.get(bare);
            if (term == null) {
                term = byKey.get(bare + "装备");
            }
        }
        return Optional.ofNullable(term);
    }

    /**
     * Whether a provider serving {@code serviceRegion} serves {@code district}. GB/T 2260 codes
     * nest by prefix: a province (37 / 370000) covers every code of Shandong, a city (3702 /
     * 370200) its districts, a district itself. Either side may also be a seeded name.
     */
    public boolean regionCovers(@Nullable String serviceRegion, @Nullable String district) {
        String service = regionCode(serviceRegion);
        String target = regionCode(district);
        if (service == null || target == null) {
            return false;
        }
        if (service.endsWith("0000")) {
            return target.startsWith(service.substring(0, 2));
        }
        if (service.endsWith("00")) {
            return target.startsWith(service.substring(0, 4));
        }
        return service.equals(target);
    }

    /** The GB/T 4754 section of a division, e.g. C29 → C, I65 → I; empty for an unknown code. */
    public Optional<String> sectionOf(@Nullable String industryCode) {
        return resolve(TaxonomyKind.INDUSTRY, industryCode).map(TaxonomyTerm::parentCode);
    }

    /** Replaces the snapshot with the database's terms; keeps the old one if the database fails. */
    public void reload() {
        try {
            snapshot = load();
        } catch (RuntimeException e) {
            LOG.warn("taxonomy lookup not reloaded, keeping the previous terms: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelay = "${scenehub.taxonomy.lookup-refresh:5m}",
            initialDelay = "${scenehub.taxonomy.lookup-refresh:5m}")
    void refresh() {
        if (snapshot != null) {
            reload();
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot load() {
        return Snapshot.of(terms.findByKindInOrderByKindAndPosition(EnumSet.allOf(TaxonomyKind.class)));
    }

    /** A six-digit region code for a code or seeded name, or null when it is neither. */
    private @Nullable String regionCode(@Nullable String codeOrName) {
        if (codeOrName == null) {
            return null;
        }
        String key = sixDigits(key(codeOrName));
        if (key.length() == 6 && DIGITS.matcher(key).matches()) {
            return key;
        }
        return resolve(TaxonomyKind.REGION, codeOrName).map(TaxonomyTerm::code).orElse(null);
    }

    /** 37 → 370000, 3702 → 370200; anything else unchanged. */
    private static String sixDigits(String key) {
        if (DIGITS.matcher(key).matches()) {
            if (key.length() == 2) {
                return key + "0000";
            }
            if (key.length() == 4) {
                return key + "00";
            }
        }
        return key;
    }

    /** Folds full-width forms (ＭＥＳ, 　) to half-width, trims, and upper-cases Latin letters. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** Per kind, every term under its code's key and its name's key. */
    private record Snapshot(Map<TaxonomyKind, Map<String, TaxonomyTerm>> byKey) {

        static Snapshot of(List<TaxonomyTerm> terms) {
            Map<TaxonomyKind, Map<String, TaxonomyTerm>> byKey = new EnumMap<>(TaxonomyKind.class);
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                byKey.put(kind, new HashMap<>());
            }
            // Codes first: a code always wins over another term's equal name.
            for (TaxonomyTerm term : terms) {
                byKey.get(term.kind()).put(key(term.code()), term);
            }
            Map<TaxonomyKind, Set<String>> ambiguous = new EnumMap<>(TaxonomyKind.class);
            for (TaxonomyTerm term : terms) {
                Map<String, TaxonomyTerm> ofKind = byKey.get(term.kind());
                String name = key(term.name());
                TaxonomyTerm existing = ofKind.putIfAbsent(name, term);
                if (existing != null && !existing.equals(term) && !key(existing.code()).equals(name)) {
                    // Two terms share a name (e.g. two 新区 in two cities): the name alone says nothing.
                    ambiguous.computeIfAbsent(term.kind(), k -> new HashSet<>()).add(name);
                }
            }
            ambiguous.forEach((kind, names) -> names.forEach(byKey.get(kind)::remove));
            byKey.replaceAll((kind, map) -> Map.copyOf(map));
            return new Snapshot(Map.copyOf(byKey));
        }
    }
}
