package cn.scenehub.matching.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality against graded judgements (0–3), averaged over scenarios:
 * <ul>
 *   <li>nDCG@10 with linear gain (the grade), ideal from all judged grades of the scenario;</li>
 *   <li>P@3: the share of the top three graded ≥ 2, out of min(3, number graded ≥ 2) so that a
 *       perfect ranking scores 1 when a scenario has only two good providers;</li>
 *   <li>Recall@10 of providers graded ≥ 2, and MRR of the first provider graded ≥ 2.</li>
 * </ul>
 * Unjudged providers count as grade 0. Scenarios without any provider graded ≥ 2 are skipped.
 */
public record RankingMetrics(int scenarios, double ndcg10, double precision3, double recall10, double mrr) {

    public static final int GOOD = 2;

    /** @param rankings provider ids best first, per scenario id; @param grades judged grades per scenario id */
    public static RankingMetrics of(Map<String, List<String>> rankings, Map<String, Map<String, Integer>> grades) {
        int n = 0;
        double ndcg = 0;
        double p3 = 0;
        double recall = 0;
        double mrr = 0;
        for (Map.Entry<String, Map<String, Integer>> judged : grades.entrySet()) {
            Map<String, Integer> g = judged.getValue();
            long good = g.values().stream().filter(v -> v >= GOOD).count();
            if (good == 0) {
                continue;
            }
            List<String> ranking = rankings.getOrDefault(judged.getKey(), List.of());
            n++;
            double dcg = 0;
            int top3 = 0;
            int found = 0;
            double reciprocal = 0;
            for (int i = 0; i < Math.min(10, ranking.size()); i++) {
                int grade = g.getOrDefault(ranking.get(i), 0);
                dcg += grade / log2(i + 2);
                if (grade >= GOOD) {
                    found++;
                    if (i < 3) {
                        top3++;
                    }
                    if (reciprocal == 0) {
                        reciprocal = 1.0 / (i + 1);
                    }
                }
            }
            List<Integer> ideal = g.values().stream().sorted(Comparator.reverseOrder()).toList();
            double idcg = 0;
            for (int i = 0; i < Math.min(10, ideal.size()); i++) {
                idcg += ideal.get(i) / log2(i + 2);
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            p3 += (double) top3 / Math.min(3, good);
            recall += (double) found / good;
            mrr += reciprocal;
        }
        return n == 0 ? new RankingMetrics(0, 0, 0, 0, 0)
                : new RankingMetrics(n, ndcg / n, p3 / n, recall / n, mrr / n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public String toString() {
        return String.format("scenarios %d  nDCG@10 %.4f  P@3 %.4f  Recall@10 %.4f  MRR %.4f",
                scenarios, ndcg10, precision3, recall10, mrr);
    }
}
