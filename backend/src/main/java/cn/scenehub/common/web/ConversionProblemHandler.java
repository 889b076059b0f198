package cn.scenehub.common.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A body that does not convert (an unknown enum value, text where a number belongs) → 400 naming
 * the JSON property that failed, as the serializer reports it, instead of the whole argument
 * ("form"), so the portal can show the message beside the right input.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    /** Micronaut Serde: "Error decoding property [Urgency urgency] of type ...". */
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]]*\\s)?([A-Za-z_][\\w]*)\\]");
    /** Micronaut Serde: "Cannot deserialize value of type `cn.scenehub.matching.MatchVerdict` ...". */
    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");

    private final ErrorResponseProcessor<?> errors;

    ConversionProblemHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        String field = exception.getArgument().getName();
        String message = exception.getConversionError().getCause().getMessage();
        Matcher m = PROPERTY.matcher(String.valueOf(message));
        String property = null;
        while (m.find()) {
            property = m.group(1);
        }
        if (property == null) {
            property = propertyOfType(exception.getArgument().getType(), String.valueOf(message));
        }
        if (property != null) {
            field = property;
        }
        ErrorContext context = ErrorContext.builder(request).cause(exception)
                .error(FieldErrors.of(field, "无法识别的取值 (cannot read this value): " + firstLine(message)))
                .build();
        return errors.processResponse(context, HttpResponse.badRequest());
    }

    /** The one property of the body's type whose type failed to convert, if exactly one has that type. */
    private static String propertyOfType(Class<?> bodyType, String message) {
        Matcher m = TYPE.matcher(message);
        if (!m.find()) {
            return null;
        }
        String failedType = m.group(1);
        return BeanIntrospector.SHARED.findIntrospection(bodyType).map(introspection -> {
            var matching = introspection.getBeanProperties().stream()
                    .filter(p -> p.getType().getName().equals(failedType)).toList();
            return matching.size() == 1 ? matching.get(0).getName() : null;
        }).orElse(null);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
