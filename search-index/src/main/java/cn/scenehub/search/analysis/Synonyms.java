package cn.scenehub.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Synonym groups of the field (缺陷检测 / 瑕疵检测 / AOI / 视觉质检 …): terms of one group are
 * interchangeable, so a query in one wording finds records written in another.
 *
 * <p>Terms are normalised exactly like {@link IndustrialSegmenter} normalises text (NFKC, lower
 * case), so {@code expand("ＡＰＳ")}, {@code expand("APS")} and {@code expand("aps")} agree. Every
 * term is also put into the segmenter's dictionary, so multi-character synonyms such as
 * 表面瑕疵识别 come out of segmentation as one token that can be looked up here.
 *
 * <p>A term belongs to at most one group. {@link #addGroup} extends the one group its terms
 * already share, and refuses ({@link SynonymConflictException}) a group whose terms lie in two or
 * more existing groups, since that would silently join unrelated groups. In the shipped resource,
 * which is curated, any term on two lines is an error.
 *
 * <p>Reads are lock-free on an immutable snapshot; additions build a new snapshot and swap it in
 * atomically, so concurrent readers never see a half-added group.
 */
public final class Synonyms {

    /** The groups shipped with the module: one group per line, {@code #} starts a comment. */
    public static final String RESOURCE = "synonyms.txt";

    /** Terms are separated by commas (full-width ones fold to ',') or by a slash with white space around it. */
    private static final Pattern SEPARATOR = Pattern.compile(",|\\s+/\\s+");

    private final IndustrialSegmenter segmenter;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);
    private final Object writeLock = new Object();
    /** The groups parsed from the resource or lines, before any run-time group. */
    private List<List<String>> base = List.of();

    private Synonyms(IndustrialSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The shared instance with the shipped groups; run-time groups added to it apply to all its users. */
    public static Synonyms get() {
        return Shared.INSTANCE;
    }

    /** A new instance with the shipped groups, independent of {@link #get()}. */
    public static Synonyms load() {
        return parse(readResource());
    }

    /**
     * A new instance from lines in the resource format.
     *
     * @throws IllegalArgumentException naming the line, if a line has fewer than two distinct
     *     terms, a term with white space inside, or a term already on an earlier line
     */
    public static Synonyms parse(List<String> lines) {
        Synonyms synonyms = new Synonyms(IndustrialSegmenter.get());
        Map<String, Integer> lineOf = new HashMap<>();
        List<List<String>> groups = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            List<String> terms;
            try {
                terms = parseLine(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("synonyms line " + number + ": " + e.getMessage(), e);
            }
            if (terms.isEmpty()) {
                continue;
            }
            if (terms.size() < 2) {
                throw new IllegalArgumentException("synonyms line " + number + ": a group needs at least two distinct terms");
            }
            for (String term : terms) {
                Integer earlier = lineOf.putIfAbsent(term, number);
                if (earlier != null) {
                    throw new IllegalArgumentException("synonyms line " + number + ": '" + term
                            + "' is already in the group on line " + earlier + "; a term belongs to one group");
                }
            }
            groups.add(terms);
        }
        groups.forEach(synonyms.segmenter::addTerms);
        synonyms.base = groups.stream().map(List::copyOf).toList();
        synonyms.snapshot.set(Snapshot.of(groups));
        return synonyms;
    }

    /** The normalised terms of one line; empty for a blank or comment line. */
    static List<String> parseLine(String line) {
        String content = IndustrialSegmenter.normalize(line);
        int comment = content.indexOf('#');
        if (comment >= 0) {
            content = content.substring(0, comment);
        }
        if (content.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String part : SEPARATOR.split(content.strip())) {
            String term = IndustrialSegmenter.normalizeTerm(part);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The whole group of {@code token} (normalised, canonical term first), or just the normalised
     * token when it is in no group; empty for a blank token.
     */
    public Set<String> expand(String token) {
        if (token == null || token.isBlank()) {
            return Set.of();
        }
        String term = IndustrialSegmenter.normalize(token).strip();
        Snapshot current = snapshot.get();
        Integer group = current.groupOf.get(term);
        return group == null ? Set.of(term) : current.groups.get(group);
    }

    /**
     * The group's stable representative (its first term, kept when the group is extended), or the
     * normalised token itself when it is in no group. Indexing can add it as a marker token so
     * that every wording of a group meets in one term.
     */
    public String canonical(String token) {
        if (token == null || token.isBlank()) {
            return "";
        }
        String term = IndustrialSegmenter.normalize(token).strip();
        Snapshot current = snapshot.get();
        Integer group = current.groupOf.get(term);
        return group == null ? term : current.groups.get(group).iterator().next();
    }

    /** Whether {@code token} belongs to a group. */
    public boolean contains(String token) {
        return token != null && snapshot.get().groupOf.containsKey(IndustrialSegmenter.normalize(token).strip());
    }

    /** How many groups there are. */
    public int groupCount() {
        return snapshot.get().groups.size();
    }

    /** All groups, each with its canonical term first. */
    public List<Set<String>> groups() {
        return snapshot.get().groups;
    }

    /**
     * Adds a group at run time; it applies to every later call, and its terms are added to the
     * segmenter's dictionary. If some of the terms already form part of one group, that group is
     * extended by the others (its canonical term stays); if they lie in two or more groups the
     * whole addition is refused.
     *
     * @return the group as it now stands, canonical term first
     * @throws SynonymConflictException if the terms lie in two or more existing groups
     * @throws IllegalArgumentException if there are fewer than two distinct terms in all, or a
     *     term has white space inside
     */
    public Set<String> addGroup(Collection<String> terms) {
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        for (String term : terms) {
            String n = IndustrialSegmenter.normalizeTerm(term);
            if (!n.isEmpty()) {
                normalized.add(n);
            }
        }
        synchronized (writeLock) {
            Snapshot current = snapshot.get();
            Map<String, String> shared = new LinkedHashMap<>();
            Set<Integer> touched = new LinkedHashSet<>();
            for (String term : normalized) {
                Integer group = current.groupOf.get(term);
                if (group != null) {
                    touched.add(group);
                    shared.put(term, current.groups.get(group).iterator().next());
                }
            }
            if (touched.size() > 1) {
                throw new SynonymConflictException("the terms " + shared.keySet() + " lie in " + touched.size()
                        + " different groups " + new LinkedHashSet<>(shared.values())
                        + "; a term belongs to one group, so groups are not joined", shared);
            }
            List<List<String>> groups = new ArrayList<>();
            current.groups.forEach(group -> groups.add(new ArrayList<>(group)));
            List<String> result;
            if (touched.isEmpty()) {
                if (normalized.size() < 2) {
                    throw new IllegalArgumentException("a synonym group needs at least two distinct terms: " + terms);
                }
                result = new ArrayList<>(normalized);
                groups.add(result);
            } else {
                result = groups.get(touched.iterator().next());
                for (String term : normalized) {
                    if (!result.contains(term)) {
                        result.add(term);
                    }
                }
            }
            segmenter.addTerms(result);
            snapshot.set(Snapshot.of(groups));
            return snapshot.get().groups.get(snapshot.get().groupOf.get(result.get(0)));
        }
    }

    /**
     * Makes the groups the shipped ones plus {@code runtimeGroups} (administrators' groups, kept in
     * the database), each applied like {@link #addGroup}: extending the one group its terms share,
     * or standing alone. A group whose terms lie in two groups, or that has fewer than two
     * distinct terms, is left out and returned. The segmenter is not touched: the caller gives
     * these terms to {@link IndustrialSegmenter#replaceRuntimeTerms}, so they can be removed again.
     *
     * @return the groups left out
     */
    public List<List<String>> replaceRuntimeGroups(List<? extends Collection<String>> runtimeGroups) {
        synchronized (writeLock) {
            List<List<String>> groups = new ArrayList<>();
            base.forEach(group -> groups.add(new ArrayList<>(group)));
            Map<String, Integer> groupOf = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                for (String term : groups.get(i)) {
                    groupOf.put(term, i);
                }
            }
            List<List<String>> skipped = new ArrayList<>();
            for (Collection<String> terms : runtimeGroups) {
                LinkedHashSet<String> normalized = new LinkedHashSet<>();
                for (String term : terms) {
                    String n = IndustrialSegmenter.normalizeTerm(term);
                    if (!n.isEmpty()) {
                        normalized.add(n);
                    }
                }
                Set<Integer> touched = new LinkedHashSet<>();
                normalized.forEach(term -> {
                    Integer group = groupOf.get(term);
                    if (group != null) {
                        touched.add(group);
                    }
                });
                if (touched.size() > 1 || (touched.isEmpty() && normalized.size() < 2)) {
                    skipped.add(List.copyOf(normalized));
                    continue;
                }
                int target;
                if (touched.isEmpty()) {
                    groups.add(new ArrayList<>());
                    target = groups.size() - 1;
                } else {
                    target = touched.iterator().next();
                }
                for (String term : normalized) {
                    if (!groups.get(target).contains(term)) {
                        groups.get(target).add(term);
                        groupOf.put(term, target);
                    }
                }
            }
            snapshot.set(Snapshot.of(groups));
            return skipped;
        }
    }

    /** The group {@code terms} would join or extend, or the names of the groups it would wrongly join. */
    public Set<String> conflictsOf(Collection<String> terms) {
        Snapshot current = snapshot.get();
        Set<Integer> touched = new LinkedHashSet<>();
        for (String term : terms) {
            Integer group = current.groupOf.get(IndustrialSegmenter.normalize(term).strip());
            if (group != null) {
                touched.add(group);
            }
        }
        if (touched.size() < 2) {
            return Set.of();
        }
        Set<String> canonicals = new LinkedHashSet<>();
        touched.forEach(group -> canonicals.add(current.groups.get(group).iterator().next()));
        return canonicals;
    }

    /** The shipped groups as written (letter case kept), for display, e.g. search-box completions. */
    public static List<List<String>> shippedGroupsAsWritten() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : readResource()) {
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String part : SEPARATOR.split(content.replace('，', ','))) {
                if (!part.isBlank()) {
                    terms.add(part.strip());
                }
            }
            groups.add(terms);
        }
        return groups;
    }

    private static List<String> readResource() {
        return ResourceLines.read(RESOURCE);
    }

    private record Snapshot(Map<String, Integer> groupOf, List<Set<String>> groups) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of());

        static Snapshot of(List<List<String>> groups) {
            Map<String, Integer> groupOf = new HashMap<>();
            List<Set<String>> sets = new ArrayList<>(groups.size());
            for (int i = 0; i < groups.size(); i++) {
                for (String term : groups.get(i)) {
                    groupOf.put(term, i);
                }
                sets.add(Collections.unmodifiableSet(new LinkedHashSet<>(groups.get(i))));
            }
            return new Snapshot(Map.copyOf(groupOf), List.copyOf(sets));
        }
    }

    private static final class Shared {
        static final Synonyms INSTANCE = load();
    }
}
