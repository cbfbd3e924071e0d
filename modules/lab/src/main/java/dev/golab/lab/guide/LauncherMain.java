package dev.golab.lab.guide;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM of `golab answer --run`: runs the given tests through the JUnit Platform Launcher and
 * prints one line per test (✓/✗, name, milliseconds), then a summary; exits 1 if any failed.
 * Arguments: {@code Class} (every test in it) or {@code Class#method} (that method, all its invocations;
 * a contract interface's default method is passed as {@code ImplementingClass#method}).
 */
public final class LauncherMain {
    private LauncherMain() {}

    public static void main(String[] args) {
        Map<String, Set<String>> methods = new HashMap<>();
        Set<String> wholeClasses = new HashSet<>();
        for (String a : args) {
            int hash = a.indexOf('#');
            if (hash < 0) wholeClasses.add(a);
            else methods.computeIfAbsent(a.substring(0, hash), k -> new HashSet<>()).add(a.substring(hash + 1));
        }
        List<String> classes = new ArrayList<>(wholeClasses);
        methods.keySet().stream().filter(c -> !wholeClasses.contains(c)).forEach(classes::add);
        PostDiscoveryFilter only = d -> FilterResult.includedIf(wanted(d, wholeClasses, methods));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> selectClass(c)).toList())
                .filters(only)
                .build();
        Listener listener = new Listener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, listener);
        System.out.printf("%d passed, %d failed, %d skipped%n", listener.passed, listener.failed, listener.skipped);
        System.out.flush();
        String summary = System.getProperty("golab.run.summary");   // the parent adds up the modules
        if (summary != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(summary), listener.passed + " " + listener.failed + " " + listener.skipped);
            } catch (java.io.IOException e) {
                System.err.println("cannot write " + summary + ": " + e.getMessage());
            }
        }
        System.exit(listener.failed == 0 ? 0 : 1);
    }

    private static boolean wanted(TestDescriptor d, Set<String> wholeClasses, Map<String, Set<String>> methods) {
        for (TestDescriptor t = d; t != null; t = t.getParent().orElse(null)) {
            if (t.getSource().orElse(null) instanceof MethodSource m) {
                String cls = m.getClassName();
                if (wholeClasses.contains(cls) || wholeClasses.stream().anyMatch(c -> cls.startsWith(c + "$"))) return true;
                if (methods.getOrDefault(cls, Set.of()).contains(m.getMethodName())) return true;
            }
        }
        return !d.isTest() && d.getSource().map(s -> !(s instanceof MethodSource)).orElse(true);
    }

    private static final class Listener implements TestExecutionListener {
        private final Map<String, Long> started = new HashMap<>();
        int passed, failed, skipped;

        @Override
        public void executionStarted(TestIdentifier id) {
            if (id.isTest()) started.put(id.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (!id.isTest()) return;
            skipped++;
            System.out.println("  - " + name(id) + "  skipped: " + reason);
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) return;
            long ms = (System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime())) / 1_000_000;
            boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (ok) passed++;
            else failed++;
            String why = ok ? "" : "  " + result.getThrowable().map(t -> t.getClass().getSimpleName() + ": "
                    + String.valueOf(t.getMessage()).lines().findFirst().orElse("")).orElse(result.getStatus().toString());
            System.out.printf("  %s %s  %d ms%s%n", ok ? "✓" : "✗", name(id), ms, why);
        }

        private static String name(TestIdentifier id) {
            if (id.getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.MethodSource m) {
                String cls = m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1).replace('$', '.');
                String inv = id.getDisplayName().startsWith("[") ? " " + id.getDisplayName() : "";
                return cls + "#" + m.getMethodName() + inv;
            }
            return id.getDisplayName();
        }
    }
}
