package cn.scenehub.matching.engine;

/** Names of codes and region coverage, as the taxonomy knows them; explanations are in Chinese. */
public interface Places {

    String categoryName(String code);

    String industryName(String code);

    String regionName(String code);

    /** Whether a provider serving {@code serviceRegion} serves {@code district} (codes nest by prefix). */
    boolean covers(String serviceRegion, String district);
}
