package cn.scenehub.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

/**
 * A demand scenario (需求场景). A mutable entity: it has many fields and is edited in place
 * under optimistic locking ({@code version}).
 */
@MappedEntity("scenario")
public class Scenario {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;
    @Nullable
    private String externalId;
    private int year;
    @Nullable
    private String batch;
    private String title;
    private String description;
    private Long organizationId;
    private String industryCode;
    @Nullable
    private String industryChain;
    private String category;
    @TypeDef(type = DataType.JSON)
    private List<String> modes;
    @TypeDef(type = DataType.JSON)
    private List<String> techTags;
    private String regionCode;
    @Nullable
    private Long budgetMin;
    @Nullable
    private Long budgetMax;
    @Nullable
    private LocalDate deadline;
    @Nullable
    private String contactName;
    @Nullable
    private String contactPhone;
    @Nullable
    private String contactEmail;
    @Nullable
    private String confidentialNotes;
    private ScenarioStatus status;
    @Nullable
    private String statusReason;
    @Version
    @Nullable
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @Nullable
    private Instant publishedAt;

    @Nullable public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    @Nullable public String getExternalId() {
        return externalId;
    }

    public void setExternalId(@Nullable String externalId) {
        this.externalId = externalId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    @Nullable public String getBatch() {
        return batch;
    }

    public void setBatch(@Nullable String batch) {
        this.batch = batch;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    @Nullable public String getIndustryChain() {
        return industryChain;
    }

    public void setIndustryChain(@Nullable String industryChain) {
        this.industryChain = industryChain;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getModes() {
        return modes;
    }

    public void setModes(List<String> modes) {
        this.modes = modes;
    }

    public List<String> getTechTags() {
        return techTags;
    }

    public void setTechTags(List<String> techTags) {
        this.techTags = techTags;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    @Nullable public Long getBudgetMin() {
        return budgetMin;
    }

    public void setBudgetMin(@Nullable Long budgetMin) {
        this.budgetMin = budgetMin;
    }

    @Nullable public Long getBudgetMax() {
        return budgetMax;
    }

    public void setBudgetMax(@Nullable Long budgetMax) {
        this.budgetMax = budgetMax;
    }

    @Nullable public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = deadline;
    }

    @Nullable public String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    @Nullable public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    @Nullable public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    @Nullable public String getConfidentialNotes() {
        return confidentialNotes;
    }

    public void setConfidentialNotes(@Nullable String confidentialNotes) {
        this.confidentialNotes = confidentialNotes;
    }

    public ScenarioStatus getStatus() {
        return status;
    }

    public void setStatus(ScenarioStatus status) {
        this.status = status;
    }

    @Nullable public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(@Nullable String statusReason) {
        this.statusReason = statusReason;
    }

    @Nullable public Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Nullable public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }
}
