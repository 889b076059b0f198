package cn.scenehub.search.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;

/**
 * A user's query as index terms: segmented like the documents, each word with the other
 * wordings of its synonym group, so 视觉质检 finds 缺陷检测 and AOI, and the other way round.
 */
final class QueryText {

    private QueryText() {
    }

    /**
     * One query word in index form: the word and the other wordings of its synonym group, plus,
     * for a term an administrator added since the last reindex, the tokens older records still
     * hold it as (matched as a phrase).
     */
    record Word(Set<String> forms, List<List<String>> phrases) {

        /** A word of one character with no other wording: it says little about what is wanted. */
        boolean slight() {
            return forms.size() == 1 && phrases.isEmpty() && forms.iterator().next().codePointCount(0,
                    forms.iterator().next().length()) == 1;
        }
    }

    /** One entry per query word: the word and its synonyms, all in index form. */
    static List<Word> alternatives(String query) {
        Synonyms synonyms = Synonyms.get(); // loads synonym terms into the dictionary before segmenting
        IndustrialSegmenter segmenter = IndustrialSegmenter.get();
        List<Word> words = new ArrayList<>();
        for (String token : segmenter.tokens(query)) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(token);
            List<List<String>> phrases = new ArrayList<>();
            for (String synonym : synonyms.expand(token)) {
                if (synonym.equals(token)) {
                    continue;
                }
                // A synonym is normally one token; one that segments into several (its edge fused
                // with a core word) is matched as the phrase the records hold it as.
                List<String> tokens = tokensOf(segmenter, synonym);
                if (tokens.size() == 1) {
                    forms.add(tokens.get(0));
                } else if (tokens.size() > 1) {
                    phrases.add(tokens);
                }
            }
            for (String form : forms) {
                segmenter.formerTokens(form).ifPresent(phrases::add);
            }
            words.add(new Word(forms, phrases));
        }
        return words;
    }

    /** Synonym terms as tokens, remembered until the dictionary changes (a query expands a dozen or more). */
    private static volatile TokenCache cache = new TokenCache(-1, new ConcurrentHashMap<>());

    private record TokenCache(long generation, Map<String, List<String>> tokens) {
    }

    private static List<String> tokensOf(IndustrialSegmenter segmenter, String term) {
        TokenCache current = cache;
        long generation = segmenter.generation();
        if (current.generation() != generation) {
            current = new TokenCache(generation, new ConcurrentHashMap<>());
            cache = current;
        }
        return current.tokens().computeIfAbsent(term, t -> List.copyOf(segmenter.tokens(t)));
    }

    /**
     * The words for a second, relaxed try: each long term (four characters or more) is joined by
     * the everyday words it is made of, so a query term the records never use whole (蒸汽节能)
     * can still meet its parts in them (蒸汽系统 … 节能).
     */
    static List<Word> relaxed(List<Word> words) {
        IndustrialSegmenter segmenter = IndustrialSegmenter.get();
        List<Word> relaxed = new ArrayList<>();
        for (Word word : words) {
            String token = word.forms().iterator().next();
            List<String> pieces = token.codePointCount(0, token.length()) >= 4 ? segmenter.pieces(token) : List.of(token);
            relaxed.add(word); // a record with the whole term still ranks first
            if (pieces.size() > 1) {
                pieces.forEach(piece -> relaxed.add(new Word(Set.of(piece), List.of())));
            }
        }
        return relaxed;
    }

    /**
     * Turns a highlighted fragment of segmented text back into readable text: the spaces the
     * segmentation put between Chinese words go, spaces between Latin words stay.
     */
    static String readable(String segmented) {
        // One pass, no regular expressions: this runs for every hit of every search.
        StringBuilder out = new StringBuilder(segmented.length());
        for (int i = 0; i < segmented.length(); i++) {
            char c = segmented.charAt(i);
            if (c != ' ') {
                out.append(c);
            } else if (isLatin(lastVisible(out)) && isLatin(nextVisible(segmented, i + 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The last character written that is not part of an {@code <em>} tag, or 0. */
    private static char lastVisible(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && text.charAt(i) == '>') {
            while (i >= 0 && text.charAt(i) != '<') {
                i--;
            }
            i--;
        }
        return i >= 0 ? text.charAt(i) : 0;
    }

    /** The next character from {@code from} that is not part of an {@code <em>} tag, or 0. */
    private static char nextVisible(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '<') {
            int close = text.indexOf('>', i);
            if (close < 0) {
                break;
            }
            i = close + 1;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean isLatin(char c) {
        return c != 0 && c < 0x3000 && Character.isLetterOrDigit(c);
    }
}
