package cn.scenehub.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.RelatedTerms;
import cn.scenehub.search.analysis.Synonyms;
import cn.scenehub.search.analysis.WordParts;

/**
 * Turns scenario and provider text into weighted term bags for matching, with the search's
 * segmentation, dictionary and synonyms: every word is replaced by its synonym group's canonical
 * form (视觉质检 and 缺陷检测 meet), compound words also contribute their parts at a lower weight
 * (物料主数据 → 主数据), and runs of Chinese also contribute character bigrams at a lower weight, so
 * that wording the dictionary splits differently (一物多码 / 一物一码) still meets.
 *
 * <p>Bigram keys start with {@code #} so they never collide with words.
 */
public final class MatchText {

    /**
     * Words so common in both needs and offers that they say nothing about fit. IDF already lowers
     * them; dropping them keeps explanations free of "共同词: 系统、平台".
     */
    private static final Set<String> GENERIC = Set.of(
            "企业", "公司", "系统", "平台", "管理", "数据", "实现", "提供", "服务", "需求", "希望", "目前", "现有",
            "进行", "通过", "数字化", "智能", "一套", "建设", "能力", "解决方案", "方案", "项目", "工厂", "车间", "生产",
            "应用", "技术", "支持", "相关", "提升", "问题", "以及", "部分", "主要", "行业", "客户", "产品", "信息",
            "信息化", "自动", "工业", "智能化", "整体", "万元", "现场", "需要", "实施", "统一", "各类", "我们", "计划");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?%?");

    private final IndustrialSegmenter segmenter;
    private final Synonyms synonyms;
    private final RelatedTerms related;
    private final WordParts parts = new WordParts();
    private final MatchWeights.Text weights;

    public MatchText(IndustrialSegmenter segmenter, Synonyms synonyms, RelatedTerms related, MatchWeights.Text weights) {
        this.segmenter = segmenter;
        this.synonyms = synonyms;
        this.related = related;
        this.weights = weights;
    }

    /** The canonical form of a tag or term as written by a user. */
    public String canonical(String term) {
        return synonyms.canonical(IndustrialSegmenter.normalize(term).strip());
    }

    /** Adds free text: words (canonical), their parts, and Chinese bigrams. */
    void addText(TermBag bag, String text, double weight) {
        addWords(bag, text, weight);
        addBigrams(bag, text, weight * weights.bigram());
    }

    /** Adds a tag: the whole tag as one canonical term, plus its words at half weight. */
    void addTag(TermBag bag, String tag, double weight) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        String whole = canonical(tag);
        bag.add(whole, tag.strip(), weight);
        List<String> words = segmenter.tokens(tag);
        if (!(words.size() == 1 && synonyms.canonical(words.get(0)).equals(whole))) {
            addWords(bag, tag, weight * 0.5);
        }
        addBigrams(bag, tag, weight * weights.bigram());
    }

    /** Adds related techniques of the bag's words at a fraction of their weight (never above an own word). */
    void addRelated(TermBag bag) {
        Map<String, Float> extra = new HashMap<>();
        Map<String, String> via = new HashMap<>();
        bag.weights.forEach((term, w) -> {
            for (String other : related.related(term)) {
                float weight = (float) (w * weights.related());
                if (!bag.weights.containsKey(other) && weight > extra.getOrDefault(other, 0f)) {
                    extra.put(other, weight);
                    via.put(other, term);
                }
            }
        });
        extra.forEach((term, w) -> {
            bag.weights.put(term, w);
            bag.relatedVia.put(term, via.get(term));
        });
    }

    private void addWords(TermBag bag, String text, double weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String token : segmenter.tokens(text)) {
            if (!meaningful(token)) {
                continue;
            }
            if (!GENERIC.contains(token)) {
                bag.add(synonyms.canonical(token), token, weight);
            }
            for (String part : parts.parts(token)) {
                if (!GENERIC.contains(part)) {
                    bag.add(synonyms.canonical(part), part, weight * weights.part());
                }
            }
        }
    }

    private static boolean meaningful(String token) {
        if (NUMBER.matcher(token).matches()) {
            return false;
        }
        // one Chinese character carries little meaning alone; one Latin letter or digit may (5g, x)
        return token.length() >= 2 || token.codePoints().allMatch(c -> c < 128);
    }

    private static void addBigrams(TermBag bag, String text, double weight) {
        if (text == null || weight <= 0) {
            return;
        }
        String n = IndustrialSegmenter.normalize(text);
        for (int i = 0; i + 1 < n.length(); i++) {
            char a = n.charAt(i);
            char b = n.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                String bigram = "#" + a + b;
                bag.add(bigram, bigram.substring(1), weight);
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
