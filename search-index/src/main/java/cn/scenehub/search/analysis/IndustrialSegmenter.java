package cn.scenehub.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.IndexTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * Chinese word segmentation for indexing and querying, with the industrial dictionary loaded so
 * that terms of the field (数字孪生, 5G全连接工厂, 预测性维护, MES…) stay whole.
 *
 * <p>Text and dictionary are normalised the same way (NFKC folds full-width letters and digits,
 * then lower case), so 'ＭＥＳ系统', 'MES系统' and 'mes系统' segment alike. The index stores the
 * space-joined tokens and OpenSearch only splits on whitespace, so any OpenSearch, including a
 * managed one without plugins, searches with exactly this segmentation.
 *
 * <p>Thread safety: HanLP keeps added words in a {@code BinTrie} whose updates copy child arrays
 * and flip node states in place without any synchronisation, so a segmentation running during an
 * update could see a half-made node, and two updates could lose one another. Every dictionary
 * update therefore takes the write lock and every segmentation the read lock (uncontended nearly
 * always: updates come from administrators and start-up).
 */
public final class IndustrialSegmenter {

    /** The dictionary shipped with the module: one term per line, {@code #} starts a comment. */
    public static final String DICTIONARY_RESOURCE = "industrial-dictionary.txt";
    private static final String NATURE = "nz 1024";

    private static final IndustrialSegmenter INSTANCE = new IndustrialSegmenter();
    /** HanLP's core dictionary alone, for splitting a term into everyday words. */
    private static final Segment CORE = new ViterbiSegment().enableCustomDictionary(false);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Terms that stay for the life of the process: the shipped dictionary and synonym terms. */
    private final Set<String> permanent = new HashSet<>();
    /** Administrators' terms (replaced as a whole), each with the tokens it had before it was a term. */
    private volatile Map<String, List<String>> runtime = Map.of();
    /** Rises with every dictionary change, so callers can tell when what they cached is stale. */
    private volatile long generation;

    private IndustrialSegmenter() {
        addTerms(readDictionary());
    }

    /** HanLP keeps its dictionary in static state, so there is one segmenter per class loader. */
    public static IndustrialSegmenter get() {
        return INSTANCE;
    }

    /**
     * Adds terms at run time; they apply to every later call. Terms are normalised like text. A
     * term with white space inside ("OPC UA") is refused: HanLP would return it as one token, and
     * the index splits tokens on white space, so it could never match.
     *
     * @throws IllegalArgumentException naming the first term with inner white space; no term of
     *     the batch is added then
     */
    public void addTerms(Collection<String> terms) {
        List<String> normalized = new ArrayList<>();
        for (String term : terms) {
            String n = normalizeTerm(term);
            if (!n.isEmpty()) {
                normalized.add(n);
            }
        }
        lock.writeLock().lock();
        try {
            normalized.forEach(term -> {
                permanent.add(term);
                CustomDictionary.insert(term, NATURE);
            });
            generation++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Makes {@code terms} the set of run-time terms (administrators' dictionary, kept in the
     * database): new ones are added, ones no longer listed are removed unless the shipped
     * dictionary or a synonym group holds them. For each new term the tokens it had before are
     * kept ({@link #formerTokens}), since records indexed before the next reindex still hold those.
     *
     * @throws IllegalArgumentException naming the first term with inner white space; nothing changes then
     */
    public void replaceRuntimeTerms(Collection<String> terms) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String term : terms) {
            String n = normalizeTerm(term);
            if (!n.isEmpty()) {
                wanted.add(n);
            }
        }
        lock.writeLock().lock();
        try {
            Map<String, List<String>> current = runtime;
            Map<String, List<String>> next = new HashMap<>();
            for (String term : wanted) {
                List<String> before = current.get(term);
                if (before == null) {
                    before = permanent.contains(term) ? List.of(term) : List.copyOf(segmentUnlocked(term));
                }
                next.put(term, before);
            }
            for (String term : wanted) {
                if (!permanent.contains(term)) {
                    CustomDictionary.insert(term, NATURE);
                }
            }
            for (String term : current.keySet()) {
                if (!next.containsKey(term) && !permanent.contains(term)) {
                    CustomDictionary.remove(term);
                }
            }
            runtime = Map.copyOf(next);
            generation++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A number that changes whenever the dictionary does. */
    public long generation() {
        return generation;
    }

    /**
     * For a run-time term: the tokens the text had before it became a term, when more than one
     * (records indexed since then still hold them until a reindex); empty otherwise.
     */
    public Optional<List<String>> formerTokens(String token) {
        List<String> before = runtime.get(token);
        return before == null || before.size() < 2 ? Optional.empty() : Optional.of(before);
    }

    /** Whether the shipped dictionary, a synonym group or an administrator holds the normalised term. */
    public boolean isTerm(String term) {
        String n = normalize(term).strip();
        lock.readLock().lock();
        try {
            return permanent.contains(n) || runtime.containsKey(n);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The shipped dictionary as written (letter case kept), for display, e.g. search-box completions. */
    public static List<String> shippedTerms() {
        return readDictionary();
    }

    /** The tokens of {@code text}, normalised, without punctuation or white space. */
    public List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        lock.readLock().lock();
        try {
            return segmentUnlocked(text);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<String> segmentUnlocked(String text) {
        List<String> tokens = new ArrayList<>();
        for (Term term : StandardTokenizer.segment(normalize(text))) {
            String word = term.word.trim();
            if (!word.isEmpty() && !isPunctuation(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /**
     * The shorter words inside the text's longer tokens (全钢子午线轮胎 → 子午线 轮胎 …; 自动化立体仓库 →
     * 自动化 立体仓库 仓库 …), each once, space-joined: indexed in a field of their own, so that a
     * query for a part still finds a record that used the whole term, without changing how the
     * whole term is matched or highlighted.
     */
    public String parts(String text) {
        Set<String> parts = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return "";
        }
        lock.readLock().lock();
        try {
            for (String token : segmentUnlocked(text)) {
                if (token.codePointCount(0, token.length()) < 3) {
                    continue;
                }
                for (Term term : IndexTokenizer.segment(token)) {
                    String word = term.word.trim();
                    if (!word.equals(token) && word.codePointCount(0, word.length()) >= 2 && !isPunctuation(word)) {
                        parts.add(word);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return String.join(" ", parts);
    }

    /**
     * A term split into the everyday words it is made of (蒸汽节能 → 蒸汽 节能, 供应商门户 → 供应商 门户),
     * without the dictionary that keeps it whole; a word that is not split comes back alone.
     */
    public List<String> pieces(String token) {
        List<String> pieces = new ArrayList<>();
        for (Term term : CORE.seg(normalize(token))) {
            String word = term.word.trim();
            if (!word.isEmpty() && !isPunctuation(word)) {
                pieces.add(word);
            }
        }
        return pieces.isEmpty() ? List.of(token) : pieces;
    }

    /** The tokens joined by single spaces: the form stored in and sent to the index. */
    public String segment(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * The normal form of text and of dictionary and synonym terms: NFKC (full-width letters and
     * digits fold to ASCII), then lower case.
     */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * A single dictionary or synonym term normalised and stripped; empty for a blank term.
     *
     * @throws IllegalArgumentException if white space remains inside the term
     */
    public static String normalizeTerm(String term) {
        String n = normalize(term).strip();
        if (n.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + term + "' contains white space; a term must be a single token");
        }
        return n;
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static List<String> readDictionary() {
        List<String> terms = new ArrayList<>();
        try (InputStream in = IndustrialSegmenter.class.getResourceAsStream(DICTIONARY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DICTIONARY_RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    terms.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
