package cn.scenehub.subscription;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

/** A provider asks to be told of newly published scenarios that fit its capability map or a saved search. */
@Serdeable
@MappedEntity("provider_subscription")
record Subscription(
        @Id @GeneratedValue @Nullable Long id,
        long providerId,
        Kind kind,
        String name,
        @Nullable @TypeDef(type = DataType.JSON) Criteria criteria,
        long createdBy,
        Instant createdAt) {

    enum Kind { CAPABILITY_MAP, SAVED_SEARCH }

    /** A saved search: every filter given must match; {@code q}'s words must all occur in the scenario's text. */
    @Serdeable
    record Criteria(@Nullable String q, @Nullable List<String> categories, @Nullable List<String> industries,
                    @Nullable List<String> regions, @Nullable List<String> modes) {
    }
}
