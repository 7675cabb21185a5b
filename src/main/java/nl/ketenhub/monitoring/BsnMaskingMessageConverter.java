package nl.ketenhub.monitoring;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code %m} of the plain console pattern (logback-spring.xml) with every 9-digit number that
 * passes the 11-proef masked, as the JSON logs do.
 */
public class BsnMaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return BsnMask.mask(super.convert(event));
    }
}
