package cn.scenehub.servicerequest;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The SLAs of 企业吹哨 → 专员到位 and the yearly visit target, set under
 * {@code scenehub.service-requests}.
 */
@ConfigurationProperties("scenehub.service-requests")
class ServiceRequestSettings {

    /** How soon the assigned commissioner must acknowledge a request. */
    Duration acknowledgeWithin = Duration.ofHours(24);
    /** How soon a visit must be logged, counted from the request. */
    Duration visitWithin = Duration.ofHours(72);
    /** City-wide enterprise visits a year (the programme's 1000). */
    int yearlyVisitTarget = 1000;

    public void setAcknowledgeWithin(Duration acknowledgeWithin) {
        this.acknowledgeWithin = acknowledgeWithin;
    }

    public void setVisitWithin(Duration visitWithin) {
        this.visitWithin = visitWithin;
    }

    public void setYearlyVisitTarget(int yearlyVisitTarget) {
        this.yearlyVisitTarget = yearlyVisitTarget;
    }
}
