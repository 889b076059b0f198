package cn.scenehub.imports;

import java.util.List;

/** A record that cannot be imported, with every field at fault. */
final class RecordRejected extends Exception {

    final List<ImportResult.FieldError> errors;

    RecordRejected(List<ImportResult.FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }
}
