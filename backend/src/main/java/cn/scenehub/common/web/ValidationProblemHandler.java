package cn.scenehub.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Bean-validation failures as a 400 problem whose {@code errors} name each field the way the
 * client wrote it: {@code q}, {@code title}, {@code enterprise.creditCode} — not the Java method
 * and parameter path. A standard constraint's message is given in Chinese, the portal's language,
 * with the validator's English after it: {@code 不能为空 (must not be blank)}.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ValidationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    ValidationProblemHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Error> fieldErrors = new ArrayList<>();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> fieldErrors.add(FieldErrors.of(fieldOf(violation), messageOf(violation))));
        return errors.processResponse(ErrorContext.builder(request).cause(exception).errors(fieldErrors).build(),
                HttpResponse.badRequest());
    }

    private static final String STANDARD = "{jakarta.validation.constraints.";

    /** The violation's message, in Chinese first for the standard constraints. */
    static String messageOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith(STANDARD) || violation.getConstraintDescriptor() == null) {
            return violation.getMessage(); // our own messages are written in Chinese already
        }
        Map<String, Object> a = violation.getConstraintDescriptor().getAttributes();
        String chinese = switch (template.substring(STANDARD.length(), template.indexOf('.', STANDARD.length()))) {
            case "NotBlank", "NotEmpty", "NotNull" -> "不能为空";
            case "Size" -> "长度须在 " + a.get("min") + " 到 " + a.get("max") + " 之间";
            case "Min", "DecimalMin" -> "不能小于 " + a.get("value");
            case "Max", "DecimalMax" -> "不能大于 " + a.get("value");
            case "Positive" -> "须大于 0";
            case "PositiveOrZero" -> "不能为负数";
            case "Email" -> "邮箱格式不正确";
            case "Pattern" -> "格式不正确";
            case "Past" -> "须早于今天";
            case "PastOrPresent" -> "不能晚于今天";
            case "Future" -> "须晚于今天";
            case "FutureOrPresent" -> "不能早于今天";
            default -> null;
        };
        return chinese == null ? violation.getMessage() : chinese + " (" + violation.getMessage() + ")";
    }

    /** Drops the method node, and a body parameter's own name when its properties follow. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean parameterWithProperties = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || parameterWithProperties || node.getName() == null) {
                continue;
            }
            // Bean Validation puts an element's position on the node that follows the list
            // (ratings[0].rating arrives as "ratings", "rating"@0): it belongs to the list's name.
            boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT;
            if (node.getIndex() != null && (node.isInIterable() || element) && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                if (element) {
                    continue;
                }
            } else if (element) {
                continue;
            }
            names.add(node.getName());
        }
        return String.join(".", names);
    }
}
