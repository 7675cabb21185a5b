package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompilerThreadsTest {

    @Test
    void utimeAndStimeAreFields14And15AfterANameWithSpacesAndParentheses() {
        String stat = "4242 (C2 Compiler (x)) S 1 2 3 4 5 6 7 8 9 10 1234 56 0 0 20 0 1 0 99 0 0";

        assertThat(CompilerThreads.ticks(stat)).isEqualTo(1234 + 56);
    }

    @Test
    void onlyTheC1AndC2CompilerThreadsCount() {
        assertThat(CompilerThreads.isCompiler("C2 CompilerThre\n")).isTrue();
        assertThat(CompilerThreads.isCompiler("C1 CompilerThre")).isTrue();
        assertThat(CompilerThreads.isCompiler("G1 Conc#0")).isFalse();
        assertThat(CompilerThreads.isCompiler("Camel (camel-1)")).isFalse();
    }

    @Test
    void aThreadStartedBetweenTwoReadingsCountsFromZero() {
        double seconds = CompilerThreads.secondsBetween(Map.of("10", 500L), Map.of("10", 750L, "11", 50L));

        assertThat(seconds).isEqualTo(3.0);
    }

    @Test
    void thisJvmsCompilerThreadsAreFoundAndTheirTimeOnlyGrows() throws Exception {
        long pid = ProcessHandle.current().pid();
        Map<String, Long> before = CompilerThreads.ticks(pid);
        // work the JIT compiles
        long sum = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sum += Integer.toString(i).hashCode();
        }
        Map<String, Long> after = CompilerThreads.ticks(pid);

        assertThat(after).as("compiler threads of this JVM (checksum %d)", sum).isNotEmpty();
        assertThat(CompilerThreads.secondsBetween(before, after)).isGreaterThanOrEqualTo(0);
    }
}
