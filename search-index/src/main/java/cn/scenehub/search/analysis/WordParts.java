package cn.scenehub.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * The shorter words inside a compound token: 物料主数据 → 物料, 主数据, 数据; 数控设备联网 → 数控设备,
 * 设备联网. The dictionary keeps compounds whole, which is right for search precision; matching
 * also needs the parts, so that a need for 主数据 meets a provider of 主数据治理. Uses
 * {@link IndustrialSegmenter#parts} (HanLP's index segmentation under the dictionary's read lock);
 * the cache is dropped when the dictionary changes.
 */
public final class WordParts {

    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final IndustrialSegmenter segmenter = IndustrialSegmenter.get();
    private volatile long generation = -1;

    /** Parts of at least two characters, without the token itself; empty for tokens shorter than three. */
    public List<String> parts(String token) {
        if (token.length() < 3) {
            return List.of();
        }
        long current = segmenter.generation();
        if (current != generation) {
            cache.clear();
            generation = current;
        }
        List<String> cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> parts = new ArrayList<>();
        for (String word : segmenter.parts(token).split(" ")) {
            if (word.length() >= 2 && word.codePoints().anyMatch(Character::isLetter)) {
                parts.add(word);
            }
        }
        List<String> result = List.copyOf(parts);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(token, result);
        }
        return result;
    }
}
