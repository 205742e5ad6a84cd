package org.dossier.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} requests per client address in any calendar minute (a fixed window, counted on the
 * injected clock). Thread-safe; windows of past minutes are dropped as new ones start.
 */
final class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request of {@code client}; false when it is over the limit. */
    boolean allow(String client) {
        long minute = clock.millis() / 60_000;
        Window w = windows.compute(client, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(x -> x.minute() != minute);
        }
        return w.count() <= perMinute;
    }

    /** Seconds until the current window ends, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return 60 - (clock.millis() / 1000) % 60;
    }
}
