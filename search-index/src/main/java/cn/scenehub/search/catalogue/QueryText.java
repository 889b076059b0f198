package cn.scenehub.search.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;

/**
 * A user's query as index terms: segmented like the documents, each word with the other
 * wordings of its synonym group, so 视觉质检 finds 缺陷检测 and AOI, and the other way round.
 */
final class QueryText {

    private QueryText() {
    }

    /** One entry per query word: the word and its synonyms, all in index form. */
    static List<Set<String>> alternatives(String query) {
        Synonyms synonyms = Synonyms.get(); // loads synonym terms into the dictionary before segmenting
        List<Set<String>> words = new ArrayList<>();
        for (String token : IndustrialSegmenter.get().tokens(query)) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(token);
            for (String synonym : synonyms.expand(token)) {
                forms.addAll(IndustrialSegmenter.get().tokens(synonym).size() == 1
                        ? List.of(IndustrialSegmenter.get().tokens(synonym).get(0)) : List.of());
            }
            words.add(forms);
        }
        return words;
    }

    /**
     * Turns a highlighted fragment of segmented text back into readable text: the spaces the
     * segmentation put between Chinese words go, spaces between Latin words stay.
     */
    static String readable(String segmented) {
        StringBuilder out = new StringBuilder();
        String[] parts = segmented.split(" ");
        for (String part : parts) {
            if (!out.isEmpty() && latinEnd(out) && latinStart(part)) {
                out.append(' ');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static boolean latinEnd(CharSequence text) {
        String plain = text.toString().replaceAll("</?em>$", "");
        return !plain.isEmpty() && isLatin(plain.charAt(plain.length() - 1));
    }

    private static boolean latinStart(String part) {
        String plain = part.replaceAll("^</?em>", "");
        return !plain.isEmpty() && isLatin(plain.charAt(0));
    }

    private static boolean isLatin(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }
}
