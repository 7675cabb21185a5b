package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.junit.jupiter.api.Test;

/** The plain console pattern's converters mask possible BSNs in messages and stack traces. */
class ConsoleLogMaskingTest {

    private final Logger logger = new LoggerContext().getLogger("test");

    @Test
    void messageConverterMasksA11ProefNumberAndKeepsOtherNumbers() {
        LoggingEvent event = new LoggingEvent(
                "x", logger, Level.INFO, "client {} nummer {}", null, new Object[] {"999911120", "123456789"});

        String line = new BsnMaskingMessageConverter().convert(event);

        assertThat(line).isEqualTo("client ********* nummer 123456789");
    }

    @Test
    void throwableConverterMasksExceptionMessages() {
        LoggingEvent event = new LoggingEvent(
                "x", logger, Level.ERROR, "failed", new IllegalStateException("BSN 999911120 onbekend"), null);
        BsnMaskingThrowableConverter converter = new BsnMaskingThrowableConverter();
        converter.setContext(logger.getLoggerContext());
        converter.start();

        String trace = converter.convert(event);

        assertThat(event.getThrowableProxy()).isInstanceOf(ThrowableProxy.class);
        assertThat(trace)
                .contains("IllegalStateException")
                .contains("BSN ********* onbekend")
                .doesNotContain("999911120");
    }
}
