package dev.golab.lab;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `golab bench MutexBenchmark [-- JMH options]`: builds benchmarks/target/benchmarks.jar if missing,
 * then runs JMH in a fresh JVM (same JDK as this one) with the flags every benchmark needs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run JMH benchmarks (regex over benchmark names), e.g. `golab bench GoSpawnBenchmark -- -f 1 -i 3`.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "benchmark regex and JMH options (-l lists them)")
    List<String> args = new ArrayList<>();

    @Option(names = "--rebuild", description = "rebuild the benchmarks jar first")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        File jar = new File("benchmarks/target/benchmarks.jar");
        if (rebuild || !jar.isFile()) {
            System.err.println("golab: building benchmarks/target/benchmarks.jar ...");
            String javaHome = System.getProperty("java.home");
            ProcessBuilder mvn = new ProcessBuilder("./mvnw", "-B", "-ntp", "-q", "-DskipTests", "package",
                    "-pl", "benchmarks", "-am").inheritIO();
            mvn.environment().put("JAVA_HOME", javaHome);
            int code = mvn.start().waitFor();
            if (code != 0) return code;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.getPath()));
        cmd.addAll(args.stream().filter(a -> !a.equals("--")).toList());
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
