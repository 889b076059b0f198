package cn.scenehub.subscription;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A provider's own subscriptions; saved-search filters are stored as taxonomy codes. */
@Singleton
class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final TaxonomyLookup taxonomy;
    private final AuditLog audit;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository subscriptions, TaxonomyLookup taxonomy, AuditLog audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record Form(@NotNull Subscription.Kind kind, @NotBlank @Size(max = 60) String name,
                @Nullable @Valid Subscription.Criteria criteria) {
    }

    @Transactional
    Subscription create(Form form, CurrentUser user) {
        long provider = providerOf(user);
        Subscription.Criteria criteria = null;
        if (form.kind() == Subscription.Kind.SAVED_SEARCH) {
            if (form.criteria() == null) {
                throw ApiException.badField("criteria", "保存的搜索须至少给出一个条件");
            }
            var c = form.criteria();
            criteria = new Subscription.Criteria(c.q() == null || c.q().isBlank() ? null : c.q().trim(),
                    codes(TaxonomyKind.CATEGORY, c.categories(), "criteria.categories"),
                    codes(TaxonomyKind.INDUSTRY, c.industries(), "criteria.industries"),
                    codes(TaxonomyKind.REGION, c.regions(), "criteria.regions"),
                    names(c.modes(), "criteria.modes"));
            if (criteria.q() == null && criteria.categories().isEmpty() && criteria.industries().isEmpty()
                    && criteria.regions().isEmpty() && criteria.modes().isEmpty()) {
                throw ApiException.badField("criteria", "保存的搜索须至少给出一个条件");
            }
        }
        Subscription saved = subscriptions.save(new Subscription(null, provider, form.kind(), form.name().trim(), criteria,
                user.id(), clock.instant()));
        audit.record("SUBSCRIPTION", saved.id(), "CREATE", null, form.kind().name(), null, user, null);
        return saved;
    }

    List<Subscription> mine(CurrentUser user) {
        return subscriptions.findByProviderIdOrderByIdAsc(providerOf(user));
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        Subscription s = subscriptions.findByIdAndProviderId(id, providerOf(user))
                .orElseThrow(() -> ApiException.notFound("订阅 " + id));
        subscriptions.delete(s);
        audit.record("SUBSCRIPTION", id, "DELETE", s.kind().name(), null, null, user, null);
    }

    private static long providerOf(CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null) {
            throw ApiException.forbidden("只有服务商可以订阅场景");
        }
        return user.organizationId();
    }

    private List<String> codes(TaxonomyKind kind, @Nullable List<String> given, String field) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                int index = i;
                out.add(taxonomy.resolve(kind, given.get(i)).map(TaxonomyTerm::code)
                        .orElseThrow(() -> ApiException.badField(field + "[" + index + "]", "未知的取值：" + given.get(index))));
            }
        }
        return out;
    }

    /** Modes are kept by their Chinese names, as scenarios keep them. */
    private List<String> names(@Nullable List<String> given, String field) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                int index = i;
                out.add(taxonomy.resolve(TaxonomyKind.MODE, given.get(i)).map(TaxonomyTerm::name)
                        .orElseThrow(() -> ApiException.badField(field + "[" + index + "]", "未知的模式：" + given.get(index))));
            }
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
