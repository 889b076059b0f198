package cn.scenehub.matching;

import java.time.Duration;

import cn.scenehub.matching.engine.MatchWeights;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code scenehub.matching.*}: the configured weights of the score (administrators can override
 * them at run time, see {@link MatchSettings}), how often each instance checks MySQL for provider
 * changes, and the batch defaults.
 */
@ConfigurationProperties("scenehub.matching")
public class MatchingConfiguration {

    private Duration refreshInterval = Duration.ofSeconds(10);
    private MatchWeights defaults = MatchWeights.DEFAULTS;
    private double text = MatchWeights.DEFAULTS.text();
    private double capability = MatchWeights.DEFAULTS.capability();
    private double category = MatchWeights.DEFAULTS.category();
    private double industry = MatchWeights.DEFAULTS.industry();
    private double evidence = MatchWeights.DEFAULTS.evidence();
    private double generalist = MatchWeights.DEFAULTS.generalist();
    private double outsideRegion = MatchWeights.DEFAULTS.outsideRegion();

    /** The configured weights; the text analysis shares keep their defaults. */
    public MatchWeights weights() {
        return new MatchWeights(text, capability, category, industry, evidence, generalist, outsideRegion,
                defaults.maturity(), defaults.rating(), defaults.analysis());
    }

    public Duration getRefreshInterval() {
        return refreshInterval;
    }

    public void setRefreshInterval(Duration refreshInterval) {
        this.refreshInterval = refreshInterval;
    }

    public void setText(double text) {
        this.text = text;
    }

    public void setCapability(double capability) {
        this.capability = capability;
    }

    public void setCategory(double category) {
        this.category = category;
    }

    public void setIndustry(double industry) {
        this.industry = industry;
    }

    public void setEvidence(double evidence) {
        this.evidence = evidence;
    }

    public void setGeneralist(double generalist) {
        this.generalist = generalist;
    }

    public void setOutsideRegion(double outsideRegion) {
        this.outsideRegion = outsideRegion;
    }
}
