package cn.scenehub.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * Typed reads of one exchange-format record (a JSON object as a map) that collect an error
 * per offending field instead of stopping at the first: a record is rejected with all of them.
 */
final class RecordFields {

    private final Map<String, Object> record;
    private final String prefix;
    final List<ImportResult.FieldError> errors;

    RecordFields(Map<String, Object> record) {
        this(record, "", new ArrayList<>());
    }

    private RecordFields(Map<String, Object> record, String prefix, List<ImportResult.FieldError> errors) {
        this.record = record;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The nested object {@code field} (errors are named {@code field.x}), or null if absent. */
    @Nullable RecordFields object(String field, boolean required) {
        Object value = record.get(field);
        if (value == null) {
            if (required) {
                error(field, "必填");
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(field, "应为对象");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) map;
        return new RecordFields(nested, prefix + field + ".", errors);
    }

    @Nullable String text(String field, boolean required, int maxLength) {
        Object value = record.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                error(field, "必填");
            }
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            error(field, "应为文本");
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > maxLength) {
            error(field, "长度不能超过 " + maxLength + " 个字符");
            return null;
        }
        return text;
    }

    @Nullable Long integer(String field, boolean required) {
        Object value = record.get(field);
        if (value == null) {
            if (required) {
                error(field, "必填");
            }
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (value instanceof String s && s.trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(s.trim());
        }
        error(field, "应为整数");
        return null;
    }

    @Nullable LocalDate date(String field) {
        String text = text(field, false, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "日期格式应为 YYYY-MM-DD");
            return null;
        }
    }

    /** A list of non-blank strings; a single string is taken as a one-element list. */
    List<String> strings(String field, boolean required) {
        Object value = record.get(field);
        List<String> result = new ArrayList<>();
        if (value instanceof String s && !s.isBlank()) {
            result.add(s.trim());
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && !s.isBlank()) {
                    result.add(s.trim());
                } else if (item != null) {
                    error(field, "列表中应为文本");
                }
            }
        } else if (value != null) {
            error(field, "应为文本列表");
        }
        if (required && result.isEmpty()) {
            error(field, "至少一项");
        }
        return result;
    }

    /** The objects of a list field, each with errors named {@code field[i].x}. */
    List<RecordFields> objects(String field, boolean required) {
        Object value = record.get(field);
        List<RecordFields> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> nested = (Map<String, Object>) map;
                    result.add(new RecordFields(nested, prefix + field + "[" + i + "].", errors));
                } else {
                    error(field + "[" + i + "]", "应为对象");
                }
            }
        } else if (value != null) {
            error(field, "应为对象列表");
        }
        if (required && result.isEmpty()) {
            error(field, "至少一项");
        }
        return result;
    }

    void error(String field, String message) {
        errors.add(new ImportResult.FieldError(prefix + field, message));
    }

    /** Errors reported elsewhere (e.g. taxonomy resolution) for fields of this object. */
    void errors(List<cn.scenehub.common.web.Problem.FieldError> more) {
        more.forEach(e -> errors.add(new ImportResult.FieldError(prefix + e.field(), e.message())));
    }

    boolean ok() {
        return errors.isEmpty();
    }
}
