package cn.scenehub.imports.sheet;

import java.util.List;
import java.util.Map;

import cn.scenehub.common.web.Problem;
import io.micronaut.core.annotation.Nullable;

/**
 * One record read from a sheet, in the exchange format's JSON shape.
 *
 * @param index     0-based data row index: the first row under the header is 0. Empty rows are
 *                  skipped but still counted, so {@code index} always points at the same row the
 *                  user sees (Excel row {@code rowNumber}); callers report {@code {index,
 *                  externalId, errors}} as for a JSON import
 * @param rowNumber the row number Excel shows (1-based), for messages such as "第 7 行"
 * @param record    the fields that could be read, named as in the exchange format (nested
 *                  {@code enterprise}, {@code budget}, {@code contact}; provider
 *                  {@code capabilities[]}, {@code cases[]}, {@code products[]}); empty cells are
 *                  absent, never {@code null} or {@code ""}
 * @param errors    cells that could not be read as their field's type (e.g. {@code year} 二〇二六),
 *                  each naming the JSON field; business rules (required fields, codes, ranges)
 *                  are left to the caller
 */
public record SheetRow(int index, int rowNumber, Map<String, Object> record, List<Problem.FieldError> errors) {

    public SheetRow {
        errors = List.copyOf(errors);
    }

    /** The record's {@code externalId}, if the row has one. */
    public @Nullable String externalId() {
        return record.get("externalId") instanceof String id ? id : null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
