package nl.ketenhub.canonical;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheSize how many client ids {@link Clients} keeps across transactions (50,000 by default;
 *     each takes about 250 bytes of heap: the keyed hash, the gemeente and the id); 0 keeps none, and
 *     every transaction looks its clients up again
 */
@ConfigurationProperties("ketenhub.clients")
public record ClientProperties(@DefaultValue("50000") int cacheSize) {

    public ClientProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("ketenhub.clients.cache-size must be 0 or more, not " + cacheSize);
        }
    }
}
