package cn.scenehub.annuallist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

/** A scenario at its number in a list; {@code snapshot} is set when the list is published. */
@MappedEntity("annual_list_entry")
public record AnnualListEntry(
        @EmbeddedId Key key,
        long scenarioId,
        @Nullable @TypeDef(type = DataType.JSON) ListedScenario snapshot) {

    @Embeddable
    public record Key(@MappedProperty("list_id") long listId, @MappedProperty("number") int number) {
    }

    static AnnualListEntry of(long listId, int number, long scenarioId) {
        return new AnnualListEntry(new Key(listId, number), scenarioId, null);
    }

    int number() {
        return key.number();
    }

    AnnualListEntry frozen(ListedScenario view) {
        return new AnnualListEntry(key, scenarioId, view);
    }
}
