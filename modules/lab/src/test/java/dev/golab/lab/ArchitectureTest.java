package dev.golab.lab;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The structure every module keeps (lab sees all of them on its class path): the main code's package
 * graph has no cycle, and no package is split across two modules (each would break as a JPMS module,
 * as dev.golab.time once did). The layering this enforces: runtime ← testkit, chan ← collections,
 * xsync, gc, sched ← lab.
 */
@DisplayName("Architecture: no package cycles, no split packages")
class ArchitectureTest {
    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/jmh_generated/"))
                .importPackages("dev.golab");
    }

    @Test
    @DisplayName("the import graph of main code between dev.golab packages has no cycle")
    void mainPackagesAreFreeOfCycles() {
        assertThat(main.size()).as("classes imported from every module").isGreaterThan(200);
        slices().matching("dev.golab.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    @DisplayName("every package lives in exactly one module (jar or classes directory)")
    void noPackageIsSplitAcrossModules() {
        Map<String, Set<String>> homes = new TreeMap<>();
        for (JavaClass c : main) {
            String home = c.getSource().map(s -> module(s.getUri().toString())).orElse("?");
            homes.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>()).add(home);
        }
        Map<String, Set<String>> split = new TreeMap<>();
        homes.forEach((pkg, where) -> { if (where.size() > 1) split.put(pkg, where); });
        assertThat(homes).containsKeys("dev.golab.runtime", "dev.golab.chan", "dev.golab.time");
        assertThat(split).as("packages with classes in more than one module").isEmpty();
    }

    /** modules/<name>/target/classes/..., <name>/target/classes/... or golab-<name>-<version>.jar → the module's name. */
    static String module(String uri) {
        int m = uri.indexOf("/modules/");
        if (m >= 0) return uri.substring(m + 9, uri.indexOf('/', m + 9));
        int t = uri.indexOf("/target/classes/");                  // benchmarks/ is a module outside modules/
        if (t >= 0) return uri.substring(uri.lastIndexOf('/', t - 1) + 1, t);
        int j = uri.indexOf("golab-");
        return j >= 0 ? uri.substring(j, uri.indexOf(".jar", j)) : uri;
    }
}
