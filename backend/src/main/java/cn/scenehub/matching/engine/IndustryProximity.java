package cn.scenehub.matching.engine;

import java.util.List;
import java.util.Set;

/**
 * How close two GB/T 4754 divisions are for industry experience: the same division, divisions of
 * one chain (food and drink C13–C15, textiles and apparel C17–C19, chemicals and pharma
 * C25–C28, metals C31–C33, machinery C33–C35, vehicles C36–C37, electrical, electronics and
 * instruments C38–C40, wood and furniture C20–C21, paper and printing C22–C23, rubber, plastics and
 * minerals C29–C30), or only the same section (门类).
 */
public final class IndustryProximity {

    public static final double SAME = 1.0;
    public static final double CLOSE = 0.6;
    public static final double SECTION = 0.15;

    private static final List<Set<String>> CHAINS = List.of(
            Set.of("C13", "C14", "C15"), Set.of("C17", "C18", "C19"), Set.of("C25", "C26", "C28"),
            Set.of("C26", "C27"), Set.of("C31", "C32", "C33"), Set.of("C33", "C34", "C35"), Set.of("C36", "C37"),
            Set.of("C38", "C39", "C40"), Set.of("C20", "C21"), Set.of("C22", "C23"), Set.of("C29", "C30"));

    private IndustryProximity() {
    }

    public static double of(String wanted, String offered) {
        if (wanted == null || offered == null || offered.isEmpty()) {
            return 0;
        }
        if (wanted.equals(offered)) {
            return SAME;
        }
        for (Set<String> chain : CHAINS) {
            if (chain.contains(wanted) && chain.contains(offered)) {
                return CLOSE;
            }
        }
        return wanted.charAt(0) == offered.charAt(0) ? SECTION : 0;
    }
}
