package cn.scenehub.matching.engine;

/** The matching score of one provider for one scenario (see {@link MatchWeights} for the formula). */
final class PairScorer {

    /** Shares of a coverage taken from the key terms (techniques, title) and from the description. */
    private static final double KEY = 0.7;
    private static final double BODY = 0.3;
    /** Technique coverage at which a capability outside the category still counts its industries fully. */
    private static final double ON_POINT = 0.1;
    /** Coverage of a case or product that counts as evidence for the technique. */
    private static final double EVIDENCE = 0.15;

    private final MatchWeights w;
    private final float[] idf;
    private final Places places;

    PairScorer(MatchWeights weights, float[] idf, Places places) {
        this.w = weights;
        this.idf = idf;
        this.places = places;
    }

    PairScore score(ScenarioTerms s, ProviderEntry p, double text) {
        MatchableScenario scenario = s.source();
        double bestTech = 0;
        int bestCap = -1;
        boolean categoryFit = false;
        double capIndustry = 0;
        String industryOffered = null;
        for (int i = 0; i < p.capabilities.size(); i++) {
            ProviderEntry.CapabilityEntry c = p.capabilities.get(i);
            double tech = coverage(s, c.terms());
            boolean inCategory = scenario.category().equals(c.source().category());
            double fit = tech * (inCategory ? 1.0 : 0.5);
            if (bestCap < 0 || fit > bestTech) {
                bestTech = fit;
                bestCap = i;
            }
            categoryFit |= inCategory;
            double weight = inCategory || tech > ON_POINT ? 1.0 : 0.5;
            for (String industry : ProviderEntry.nonNull(c.source().industries())) {
                double fitIndustry = IndustryProximity.of(scenario.industryCode(), industry) * weight;
                if (fitIndustry > capIndustry) {
                    capIndustry = fitIndustry;
                    industryOffered = industry;
                }
            }
        }
        double caseTech = 0;
        int bestCase = -1;
        double caseIndustry = 0;
        String caseIndustryCode = null;
        for (int i = 0; i < p.cases.size(); i++) {
            ProviderEntry.EvidenceEntry e = p.cases.get(i);
            double t = coverage(s, e.terms());
            if (t > caseTech) {
                caseTech = t;
                bestCase = i;
            }
            double fitIndustry = IndustryProximity.of(scenario.industryCode(), e.industryCode());
            if (fitIndustry > caseIndustry) {
                caseIndustry = fitIndustry;
                caseIndustryCode = e.industryCode();
            }
        }
        double productTech = 0;
        int bestProduct = -1;
        for (int i = 0; i < p.products.size(); i++) {
            double t = coverage(s, p.products.get(i).terms());
            if (t > productTech) {
                productTech = t;
                bestProduct = i;
            }
        }
        // experience shown by a case outweighs an industry merely listed on a capability
        boolean industryFromCase = caseIndustry >= capIndustry * 0.8 && caseIndustry > 0;
        double industry = industryFromCase ? caseIndustry : capIndustry * 0.8;
        String offered = industryFromCase ? caseIndustryCode : industryOffered;
        double relevance = Math.min(1, text);
        double evidence = Math.max(caseTech, productTech);
        double score = w.text() * relevance + w.capability() * bestTech + w.category() * (categoryFit ? 1 : 0)
                + w.industry() * industry * Math.min(1, 2 * relevance) + w.evidence() * Math.min(1, 3 * evidence);
        boolean damped = p.generalist && evidence < EVIDENCE;
        if (damped) {
            score *= w.generalist();
        }
        boolean outside = outsideRegion(p.source, scenario.regionCode());
        if (outside) {
            score *= w.outsideRegion();
        }
        int maturity = p.source.maturityLevel() == null ? 1 : p.source.maturityLevel();
        score *= 1 - 2 * w.maturity() + w.maturity() * maturity;
        if (p.source.ratingCount() > 0) {
            score *= 1 + w.rating() * (p.source.ratingAverage() - 3) / 2;
        }
        PairFeatures features = new PairFeatures(relevance, bestTech, bestCap, categoryFit, industry, offered,
                industryFromCase, caseTech, bestCase, productTech, bestProduct, damped, outside);
        return new PairScore(p.source, score, features);
    }

    private boolean outsideRegion(MatchableProvider p, String district) {
        if (p.serviceRegions().isEmpty()) {
            return false;
        }
        return p.serviceRegions().stream().noneMatch(region -> places.covers(region, district));
    }

    /** The share of the scenario's weighted terms a capability, case or product covers. */
    private double coverage(ScenarioTerms s, SparseVector d) {
        return KEY * cover(s.key(), s.keyMass(), d) + BODY * cover(s.body(), s.bodyMass(), d);
    }

    private double cover(SparseVector q, double mass, SparseVector d) {
        if (mass <= 0) {
            return 0;
        }
        int[] qt = q.terms();
        int[] dt = d.terms();
        float[] qw = q.weights();
        float[] dw = d.weights();
        double covered = 0;
        int i = 0;
        int j = 0;
        while (i < qt.length && j < dt.length) {
            if (qt[i] == dt[j]) {
                covered += qw[i] * idf[qt[i]] * Math.min(1f, dw[j]);
                i++;
                j++;
            } else if (qt[i] < dt[j]) {
                i++;
            } else {
                j++;
            }
        }
        return covered / mass;
    }
}
