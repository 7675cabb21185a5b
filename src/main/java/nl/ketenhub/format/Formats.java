package nl.ketenhub.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenhub.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * The one place that picks a partner's {@link MessageFormat}: by {@link Partner#format()}, falling
 * back to the standard XML for a format without a registered translator. {@code CSV} (the
 * spreadsheet partners) is registered by the spreadsheet package: it reads what the hub sends as
 * CSV, and sends its own messages as spreadsheet uploads, not through this translation.
 */
@Component
public class Formats {

    private final Map<String, MessageFormat> byName;

    Formats(List<MessageFormat> formats) {
        this.byName = formats.stream()
                .collect(Collectors.toUnmodifiableMap(f -> f.name().toUpperCase(Locale.ROOT), Function.identity()));
        if (!byName.containsKey(XmlFormat.NAME)) {
            throw new IllegalStateException("the XML format is not registered");
        }
    }

    public MessageFormat of(Partner partner) {
        String name =
                partner.format() == null ? XmlFormat.NAME : partner.format().toUpperCase(Locale.ROOT);
        return byName.getOrDefault(name, byName.get(XmlFormat.NAME));
    }
}
