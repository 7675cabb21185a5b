package nl.ketenhub.monitoring;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings ({@code ketenhub.monitoring}).
 *
 * @param backendGemeenten gemeenten whose back office answers 323s with its own 325 (decisions §1,
 *     BACKEND mode): their 325s are watched for the 10-working-day deadline
 * @param overdueLookBack how far back delivered heenberichten are checked for a missing answer
 * @param healthTimeout connect/response timeout of the partner endpoint check (HEAD request)
 * @param healthCacheTime how long a partner endpoint check result is reused
 * @param maxReplay the most messages one bulk replay call re-runs
 */
@ConfigurationProperties("ketenhub.monitoring")
public record MonitoringProperties(
        @DefaultValue List<String> backendGemeenten,
        @DefaultValue("P60D") Period overdueLookBack,
        @DefaultValue("2s") Duration healthTimeout,
        @DefaultValue("30s") Duration healthCacheTime,
        @DefaultValue("200") int maxReplay) {}
