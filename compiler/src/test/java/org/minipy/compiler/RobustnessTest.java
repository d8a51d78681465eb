package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.bytecode.BadBytecodeException;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.compiler.bytecode.MpycWriter;

/**
 * Untrusted input never escapes as a Java exception: every truncation of the golden programs' .mpyc
 * files is rejected, a few thousand seeded mutations are rejected or verified (the full 100,000 run is
 * {@link org.minipy.compiler.tools.MutationFuzz}), and mangled sources give only CompileErrors.
 */
class RobustnessTest {
    static List<byte[]> samples() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (Path py : WholeLanguageTest.scripts(WholeLanguageTest.GOLDEN)) {
            String src = Files.readString(py, StandardCharsets.UTF_8);
            out.add(MpycWriter.write(Compiler.compile(src, py.getFileName().toString())));
        }
        return out;
    }

    @Test
    void everyTruncationIsRejected() throws Exception {
        for (byte[] bytes : samples()) {
            for (int len = 0; len < bytes.length; len++) {
                byte[] cut = Arrays.copyOf(bytes, len);
                assertThrows(BadBytecodeException.class, () -> MpycReader.read(cut), "length " + len);
            }
        }
    }

    @Test
    void mutationsAreRejectedOrVerified() throws Exception {
        Mutator.Stats stats = Mutator.run(samples(), 3000, 4);
        assertEquals(0, stats.escaped(), stats.firstEscape());
    }

    @Test
    void mangledSourcesGiveOnlyCompileErrors() throws Exception {
        List<String> sources = new ArrayList<>();
        for (Path py : WholeLanguageTest.corpus()) {
            sources.add(Files.readString(py, StandardCharsets.UTF_8));
        }
        Random random = new Random(7);
        String alphabet = "()[]{}:,.=*+-/%@<>!~&|^'\"\\#\n\t ;abcdefxyz0123456789_ "
                + "deflambdayieldclassreturnfromimportasglobalnonlocaltryexceptfinallywithraiseassert";
        for (int trial = 0; trial < 1500; trial++) {
            String src = sources.get(trial % sources.size());
            StringBuilder b = new StringBuilder(src);
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits && b.length() > 0; k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> {
                        int len = Math.min(b.length() - at, 1 + random.nextInt(20));
                        b.delete(at, at + len);
                    }
                }
            }
            try {
                MpycReader.read(MpycWriter.write(Compiler.compile(b.toString(), "t.py")));
            } catch (CompileError expected) {
                // fine
            } catch (RuntimeException e) {
                throw new AssertionError("trial " + trial + " escaped with " + e + " for:\n" + b, e);
            }
        }
    }
}
