package nl.ketenhub.format;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation constraints of the canonical model. xjc derives them from the XSD facets of
 * schemas/ (krasa-jaxb-tools, {@code -XJsr303Annotations}): a required element is {@code @NotNull},
 * a pattern or enumeration {@code @Pattern}, a length {@code @Size}, a range {@code @DecimalMin} /
 * {@code @DecimalMax}, and every nested element {@code @Valid}. A finding names the property by the
 * standard's element names and the constraint it breaks, never the value (a value may be a BSN).
 */
final class CanonicalConstraints {

    private static final Pattern QUOTED = Pattern.compile("\\(\\\\Q(.*?)\\\\E\\)");
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private CanonicalConstraints() {}

    /** What the message breaks, one finding per violation, ordered by property: empty if nothing. */
    static List<String> violations(Object message) {
        return VALIDATOR.validate(message).stream()
                .map(violation ->
                        new Violation(path(message.getClass(), violation.getPropertyPath()), constraint(violation)))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::constraint))
                .map(v -> v.path() + ": " + v.constraint())
                .toList();
    }

    /** A property path in the JSON form: element names, list positions, {@code Client.Bsn}. */
    static String path(Class<?> root, jakarta.validation.Path path) {
        StringBuilder out = new StringBuilder();
        Class<?> bean = root;
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null) {
                continue;
            }
            Field field = field(bean, node.getName());
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(field == null ? node.getName() : JsonForm.elementName(field));
            bean = field == null ? Object.class : elementType(field);
        }
        return out.isEmpty() ? "(message)" : out.toString();
    }

    private static String constraint(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        String name = "@" + annotation.annotationType().getSimpleName();
        if (annotation instanceof jakarta.validation.constraints.Pattern pattern) {
            List<String> codes = codeList(pattern.regexp());
            if (!codes.isEmpty()) {
                return name + " must be one of " + String.join(", ", codes);
            }
        }
        return name + " " + violation.getMessage();
    }

    /** The codes of an enumeration facet, which xjc writes as quoted alternatives; empty for another pattern. */
    static List<String> codeList(String regexp) {
        List<String> codes =
                QUOTED.matcher(regexp).results().map(code -> code.group(1)).toList();
        String alternatives = codes.stream().map(code -> "(\\Q" + code + "\\E)").collect(Collectors.joining("|"));
        return alternatives.equals(regexp) ? codes : List.of();
    }

    private static Field field(Class<?> bean, String name) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }

    private static Class<?> elementType(Field field) {
        if (List.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return field.getType();
    }

    private record Violation(String path, String constraint) {}
}
