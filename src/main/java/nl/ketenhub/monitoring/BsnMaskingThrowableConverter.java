package nl.ketenhub.monitoring;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** The stack traces of the plain console pattern with possible BSNs in exception messages masked. */
public class BsnMaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return BsnMask.mask(super.throwableProxyToString(proxy));
    }
}
