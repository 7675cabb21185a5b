package nl.ketenhub.bericht;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What happens to a client's later messages for the same receiver while one of them is parked
 * (FAILED after its last delivery attempt).
 *
 * @param policy {@code continue} (default): they are delivered as usual; {@code park-client}: they
 *     are held, undelivered in the message log, until an operator replays the parked message
 */
@ConfigurationProperties("ketenhub.parking")
public record ParkingProperties(@DefaultValue("continue") Policy policy) {

    public enum Policy {
        CONTINUE,
        PARK_CLIENT
    }

    public boolean holdsClient() {
        return policy == Policy.PARK_CLIENT;
    }
}
