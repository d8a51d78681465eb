package org.minipy.compiler;

import java.util.List;
import java.util.Random;
import org.minipy.compiler.bytecode.BadBytecodeException;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.compiler.bytecode.MpycReader;

/**
 * Seeded random corruption of .mpyc files: bit flips, byte changes and insertions. Each mutant must be
 * rejected with a BadBytecodeException or read and verified (and then disassemble); anything else
 * escaping is counted (and must be 0).
 */
final class Mutator {
    record Stats(long tried, long rejected, long accepted, long escaped, String firstEscape) {}

    private Mutator() {}

    static Stats run(List<byte[]> samples, long count, long seed) {
        Random random = new Random(seed);
        long rejected = 0;
        long accepted = 0;
        long escaped = 0;
        String first = null;
        for (long trial = 0; trial < count; trial++) {
            byte[] bad = mutate(samples.get((int) (trial % samples.size())), random);
            try {
                CompilationUnit u = MpycReader.read(bad);
                Disassembler.disassemble(u);
                accepted++;
            } catch (BadBytecodeException expected) {
                rejected++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                escaped++;
                if (first == null) {
                    first = "trial " + trial + ": " + e;
                }
            }
        }
        return new Stats(count, rejected, accepted, escaped, first);
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int kind = random.nextInt(3);
            int at = random.nextInt(b.length);
            if (kind == 0) {
                b[at] ^= (byte) (1 << random.nextInt(8));
            } else if (kind == 1) {
                b[at] = (byte) random.nextInt(256);
            } else {
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, at);
                c[at] = (byte) random.nextInt(256);
                System.arraycopy(b, at, c, at + 1, b.length - at);
                b = c;
            }
        }
        return b;
    }
}
