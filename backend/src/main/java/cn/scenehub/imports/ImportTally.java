package cn.scenehub.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts an import as it goes; not thread-safe (one import runs on one thread). */
final class ImportTally {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private int created;
    private int updated;
    private int processed;
    private final List<ImportResult.Rejected> rejected = new ArrayList<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final List<Long> createdIds = new ArrayList<>();

    void accepted(String externalId, long id, Outcome outcome) {
        processed++;
        ids.put(externalId, id);
        if (outcome == Outcome.CREATED) {
            created++;
            createdIds.add(id);
        } else if (outcome == Outcome.UPDATED) {
            updated++;
        }
    }

    void rejected(int index, String externalId, List<ImportResult.FieldError> errors) {
        processed++;
        rejected.add(new ImportResult.Rejected(index, externalId, List.copyOf(errors)));
    }

    int processed() {
        return processed;
    }

    /** The records this import created, in import order. */
    List<Long> createdIds() {
        return List.copyOf(createdIds);
    }

    ImportResult result() {
        return new ImportResult(created, updated, List.copyOf(rejected), Map.copyOf(ids));
    }
}
