package org.minipy.compiler.tools;

/**
 * The full mutation run of issue 4: {@code MutationFuzz [COUNT] [SEED]} (default 100,000 mutants, seed 1)
 * over the golden programs' .mpyc files; prints files tried, rejected, accepted (read and verified) and
 * escaped exceptions, and exits 1 if any escaped. Run from compiler/ after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes org.minipy.compiler.tools.MutationFuzz 100000}.
 */
public final class MutationFuzz {
    private MutationFuzz() {}

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        System.exit(org.minipy.compiler.FuzzAccess.run(count, seed));
    }
}
