package org.minipy.compiler;

/** Entry point for {@link org.minipy.compiler.tools.MutationFuzz} into the package-private test helpers. */
public final class FuzzAccess {
    private FuzzAccess() {}

    public static int run(long count, long seed) throws Exception {
        long start = System.nanoTime();
        Mutator.Stats s = Mutator.run(RobustnessTest.samples(), count, seed);
        System.out.printf("files tried %d, rejected %d, accepted (verified) %d, escaped exceptions %d (%.1f s)%n",
                s.tried(), s.rejected(), s.accepted(), s.escaped(), (System.nanoTime() - start) / 1e9);
        if (s.firstEscape() != null) {
            System.out.println("first escape: " + s.firstEscape());
        }
        return s.escaped() == 0 ? 0 : 1;
    }
}
