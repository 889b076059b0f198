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
import java.util.List;
import java.util.Locale;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * Chinese word segmentation for indexing and querying, with the industrial dictionary loaded so
 * that terms of the field (数字孪生, 5G全连接工厂, 预测性维护, MES…) stay whole.
 *
 * <p>Text and dictionary are normalised the same way (NFKC folds full-width letters and digits,
 * then lower case), so 'ＭＥＳ系统', 'MES系统' and 'mes系统' segment alike. The index stores the
 * space-joined tokens and OpenSearch only splits on whitespace, so any OpenSearch, including a
 * managed one without plugins, searches with exactly this segmentation.
 */
public final class IndustrialSegmenter {

    /** The dictionary shipped with the module: one term per line, {@code #} starts a comment. */
    public static final String DICTIONARY_RESOURCE = "industrial-dictionary.txt";
    private static final String NATURE = "nz 1024";

    private static final IndustrialSegmenter INSTANCE = new IndustrialSegmenter();

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
        normalized.forEach(term -> CustomDictionary.insert(term, NATURE));
    }

    /** The tokens of {@code text}, normalised, without punctuation or white space. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        for (Term term : StandardTokenizer.segment(normalize(text))) {
            String word = term.word.trim();
            if (!word.isEmpty() && !isPunctuation(word)) {
                tokens.add(word);
            }
        }
        return tokens;
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
