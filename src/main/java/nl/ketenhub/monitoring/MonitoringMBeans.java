package nl.ketenhub.monitoring;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Registers the hub's MBeans on the platform MBeanServer under the domain {@code nl.ketenhub}, next to
 * Camel's own ({@code org.apache.camel}), and removes them when the hub stops. A second hub in the
 * same JVM (tests) adds {@code hub=<n>} to its names so both can coexist.
 */
@Component
class MonitoringMBeans implements DisposableBean {

    static final String DOMAIN = "nl.ketenhub";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final String instanceKey;
    private final List<ObjectName> registered = new CopyOnWriteArrayList<>();

    MonitoringMBeans() {
        int instance = INSTANCES.incrementAndGet();
        this.instanceKey = instance == 1 ? "" : ",hub=" + instance;
    }

    /** Registers an MXBean implementation under {@code nl.ketenhub:<keys>}; returns its name. */
    <T> ObjectName register(String keys, T mbean, Class<T> mxbeanInterface) {
        try {
            ObjectName name = name(keys);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new StandardMBean(mbean, mxbeanInterface, true), name);
            registered.add(name);
            return name;
        } catch (JMException e) {
            throw new IllegalStateException("cannot register MBean " + keys, e);
        }
    }

    ObjectName register(String keys, BerichtCountersMXBean counters) {
        return register(keys, counters, BerichtCountersMXBean.class);
    }

    ObjectName name(String keys) throws JMException {
        return new ObjectName(DOMAIN + ":" + keys + instanceKey);
    }

    MBeanServer server() {
        return server;
    }

    @Override
    public void destroy() {
        for (ObjectName name : registered) {
            try {
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
            } catch (JMException e) {
                // the JVM is going down or another party removed it; nothing to clean up
            }
        }
        registered.clear();
    }
}
