package org.minipy.vm.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.SetObject;
import org.minipy.runtime.object.StartupState;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * What CPython 3.11's compiler ({@code _PyAST_Compile}: Python/compile.c and Python/symtable.c)
 * does to the collector's generation-0 count and to the dict, list and tuple free lists while it
 * compiles a unit, replayed with real objects of the same kinds in the same order, so that the
 * count, the free lists and any collection the compilation sets off are CPython's when the
 * unit's first line runs.
 *
 * <p>The compiler makes container objects the program never sees: a dict and a list for itself
 * (the constant cache and the unit stack); per symbol-table block a dict and two lists, and while
 * analysing it five or six sets, a dict of scopes and three sets per child block; per code object
 * five dicts (varnames, cellvars, freevars, consts, names) and two sorted-key lists, and a list of
 * constants while assembling. Every constant whose cache key is not the object itself (bool,
 * float, bytes, tuple, frozenset) gets a key tuple at each use, kept in the constant cache when it
 * is new and freed at once when it is not; a tuple's key is a tuple of its items' keys packed with
 * the tuple. The bytecode, line table and exception table of each code object, and its names,
 * consts and localsplusnames tuples, are merged through the same cache (a tuple equal to one
 * already there is freed and the cached one used). At the end the symbol table (its dicts and
 * lists, block by block in creation order), the constant cache (its keys in insertion order) and
 * the compiler's dict and list die, which leaves many dicts, lists and small tuples on the free
 * lists. The objects of the result (the constants, the code objects' tuples) are the loader's;
 * the replay counts them where CPython makes them and then lets its stand-ins go without
 * disturbing the state.
 */
public final class CompilerFootprint {
    private final CompilationUnit unit;
    /** c_const_cache: each key as a Java value, with the stand-in key object it holds (0: none). */
    private final LinkedHashMap<Object, Long> cache = new LinkedHashMap<>();
    /** Stand-ins for objects of the result (constants, code objects' tuples), released at the end. */
    private final List<Long> survivors = new ArrayList<>();
    /** Tuple constants made by the AST optimiser (before the symbol table). */
    private final boolean[] madeEarly;
    private final boolean[] made;

    /** The unit's constants, then the ones only CPython's code has (see {@link #cpythonConsts}). */
    private final List<Constant> constants;
    /** Per code object: its co_consts as CPython's compiler makes them (indexes into constants). */
    private final int[][] consts;
    /** Per code object: how many times the code generator adds each constant. */
    private final List<Map<Integer, Integer>> uses = new ArrayList<>();
    /** Tuple constants the code generator makes at each use (keyword names, constant dict keys, from-lists). */
    private final boolean[] codegenTuple;
    /** Per code object: the defaults tuples its assembler folds from constants (in order). */
    private final List<List<Integer>> folded = new ArrayList<>();
    /** Constants that are defaults tuples the assembler folds. */
    private final java.util.Set<Integer> foldedTuples = new java.util.HashSet<>();

    private CompilerFootprint(CompilationUnit unit) {
        this.unit = unit;
        this.constants = new ArrayList<>(unit.constants());
        List<Integer> codegen = new ArrayList<>();
        this.consts = new int[unit.codes().size()][];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = cpythonConsts(unit.codes().get(i), codegen);
        }
        this.codegenTuple = new boolean[constants.size()];
        for (int k : codegen) {
            codegenTuple[k] = true;
        }
        this.madeEarly = new boolean[constants.size()];
        for (List<Integer> f : folded) {
            foldedTuples.addAll(f);
        }
        this.made = new boolean[constants.size()];
    }

    /** The index of a constant equal to c, added when there is none. */
    private int constantIndex(Constant c) {
        int i = constants.indexOf(c);
        if (i < 0) {
            constants.add(c);
            i = constants.size() - 1;
        }
        return i;
    }

    /**
     * co_consts as CPython 3.11 builds it for co, and how often each constant is added: minipy's,
     * with the constants CPython's import statements load besides (IMPORT_NAME takes the level 0
     * and the from-list, None or a tuple of the names imported, from the stack there) put where
     * they are first used.
     */
    private int[] cpythonConsts(CodeObject co, List<Integer> codegen) {
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, Integer> firstUse = new HashMap<>();
        List<int[]> extra = new ArrayList<>(); // {instruction, constant}
        java.util.Set<Integer> defaultsAt = foldedDefaults(co);
        List<Integer> foldedHere = new ArrayList<>();
        int ext = 0;
        for (int u = 0; u < co.unitCount(); u++) {
            int op = co.opcodeAt(u);
            int arg = co.argAt(u) | ext;
            ext = 0;
            if (op == Opcode.EXTENDED_ARG.code) {
                ext = arg << 8;
            } else if (op == Opcode.LOAD_CONST.code && defaultsAt.contains(u)) {
                // CPython loads each default, then its assembler folds them into the tuple
                int k = co.consts()[arg];
                for (int item : ((Constant.TupleConst) constants.get(k)).items()) {
                    count.merge(item, 1, Integer::sum);
                    extra.add(new int[] {u, item});
                }
                if (!foldedHere.contains(k)) {
                    foldedHere.add(k);
                }
            } else if (op == Opcode.LOAD_CONST.code || op == Opcode.KW_NAMES.code) {
                int k = co.consts()[arg];
                count.merge(k, 1, Integer::sum);
                firstUse.putIfAbsent(k, u);
                int nextOp = u + 1 < co.unitCount() ? co.opcodeAt(u + 1) : -1;
                if (op == Opcode.KW_NAMES.code || nextOp == Opcode.BUILD_CONST_KEY_MAP.code
                        || nextOp == Opcode.LIST_EXTEND.code || nextOp == Opcode.SET_UPDATE.code) {
                    codegen.add(k); // keyword names, constant dict keys, a display of three or more constants
                }
            } else if (op == Opcode.IMPORT_NAME.code) {
                int zero = constantIndex(Constant.IntConst.of(0));
                List<Integer> names = new ArrayList<>();
                for (int v = u + 1; v < co.unitCount(); v += 2) {
                    if (co.opcodeAt(v) != Opcode.IMPORT_FROM.code) {
                        break;
                    }
                    names.add(constantIndex(Constant.StrConst.of(co.names().get(co.argAt(v)))));
                }
                int fromList;
                if (names.isEmpty()) {
                    fromList = constantIndex(Constant.NoneConst.NONE);
                } else {
                    int[] items = org.minipy.compiler.lower.Ints.of(names);
                    fromList = constantIndex(new Constant.TupleConst(items));
                    codegen.add(fromList);
                }
                for (int k : new int[] {zero, fromList}) {
                    count.merge(k, 1, Integer::sum);
                    extra.add(new int[] {u, k});
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int k : co.consts()) {
            Integer first = firstUse.get(k);
            if (first == null && foldedHere.contains(k)) {
                continue; // appended by the assembler, below
            }
            while (first != null && next < extra.size() && extra.get(next)[0] < first) {
                int e = extra.get(next++)[1];
                if (!out.contains(e) && !contains(co.consts(), e)) {
                    out.add(e);
                }
            }
            out.add(k);
        }
        while (next < extra.size()) {
            int e = extra.get(next++)[1];
            if (!out.contains(e) && !contains(co.consts(), e)) {
                out.add(e);
            }
        }
        for (int k : foldedHere) {
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        folded.add(foldedHere);
        uses.add(count);
        return org.minipy.compiler.lower.Ints.of(out);
    }

    /**
     * The instructions loading a defaults tuple of constants: CPython's code generator loads the
     * defaults one by one and builds the tuple, which the assembler folds into a constant
     * (fold_tuple_on_constants), appended to co_consts after the others.
     */
    private java.util.Set<Integer> foldedDefaults(CodeObject co) {
        java.util.Set<Integer> at = new java.util.HashSet<>();
        for (int u = 1; u < co.unitCount(); u++) {
            if (co.opcodeAt(u) != Opcode.MAKE_FUNCTION.code || (co.argAt(u) & 1) == 0 || (co.argAt(u) & 2) != 0) {
                continue;
            }
            int v = u - 1; // LOAD_CONST code
            if ((co.argAt(u) & 8) != 0) {
                if (v < 1 || co.opcodeAt(v - 1) != Opcode.BUILD_TUPLE.code) {
                    continue;
                }
                v = v - 1 - co.argAt(v - 1); // the closure's LOAD_CLOSUREs and BUILD_TUPLE
            }
            int d = v - 1;
            if (d >= 0 && co.opcodeAt(d) == Opcode.LOAD_CONST.code
                    && (d == 0 || co.opcodeAt(d - 1) != Opcode.EXTENDED_ARG.code)
                    && constants.get(co.consts()[co.argAt(d)]) instanceof Constant.TupleConst t
                    && t.items().length > 0) {
                at.add(d);
            }
        }
        return at;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replays the compilation of unit (as {@code _PyAST_Compile} would run it) on the current
     * collector count and free lists.
     */
    public static void replay(CompilationUnit unit) {
        new CompilerFootprint(unit).run();
    }

    private void run() {
        // compiler_init
        long constCache = DictObject.create();
        long cStack = ListObject.allocate(0);
        // _PyAST_Optimize: folded tuple displays become tuple constants
        earlyTuples();
        // _PySymtable_Build
        long stBlocks = DictObject.create();
        long stStack = ListObject.allocate(0);
        List<long[]> entries = new ArrayList<>();
        symtableBlocks(0, entries);
        long free = set();
        long global = set();
        analyzeBlock(0);
        Heap.decref(free);
        Heap.decref(global);
        // compiler_mod
        compileCode(0);
        // compiler_free: the symbol table, then the constant cache, then the unit stack
        for (long[] e : entries) {
            for (long o : e) {
                Heap.decref(o);
            }
        }
        Heap.decref(stBlocks);
        Heap.decref(stStack);
        for (long key : cache.values()) {
            if (key != 0) {
                Heap.decref(key);
            }
        }
        Heap.decref(constCache);
        Heap.decref(cStack);
        // the result's objects are the loader's: let the stand-ins go without a trace
        long[] state = StartupState.neutral();
        for (long s : survivors) {
            Heap.decref(s);
        }
        StartupState.restore(state);
    }

    // ---- objects

    private static long set() {
        return SetObject.create(Types.SET);
    }

    /**
     * A stand-in for a frozenset holding the given references: a GC object without a free list,
     * counted when made and when freed, that lets its items go when it dies (a tuple longer than
     * the tuple free lists keep).
     */
    private static long frozenset(long... items) {
        return tuple(Math.max(TupleObject.NFREELISTS + 1, items.length), items);
    }

    private static long dict() {
        return DictObject.create();
    }

    /** A list allocated and freed at once (dictbytype's sorted keys). */
    private static void transientList() {
        Heap.decref(ListObject.allocate(0));
    }

    /** A tuple of n items: the given ones first, None after. */
    private static long tuple(int n, long... items) {
        long t = TupleObject.allocate(n);
        for (int i = 0; i < n; i++) {
            TupleObject.set(t, i, i < items.length && items[i] != 0 ? items[i] : Heap.newRef(BoolObject.NONE));
        }
        return t;
    }

    // ---- the symbol table

    private List<Integer> children(int code) {
        List<Integer> out = new ArrayList<>();
        for (int k : consts[code]) {
            if (constants.get(k) instanceof Constant.CodeConst cc) {
                out.add(cc.codeIndex());
            }
        }
        return out;
    }

    /** ste_new for each block, parents before children: symbols dict, varnames and children lists. */
    private void symtableBlocks(int code, List<long[]> entries) {
        long symbols = dict();
        long varnames = ListObject.allocate(0);
        long kids = ListObject.allocate(0);
        entries.add(new long[] {symbols, varnames, kids});
        for (int c : children(code)) {
            symtableBlocks(c, entries);
        }
    }

    /** analyze_block: the sets and the scopes dict it makes, its children analysed in between. */
    private void analyzeBlock(int code) {
        long local = set();
        long scopes = dict();
        long newGlobal = set();
        long newFree = set();
        long newBound = set();
        long allFree = set();
        for (int c : children(code)) {
            // analyze_child_block
            long tempBound = set();
            long tempFree = set();
            long tempGlobal = set();
            analyzeBlock(c);
            Heap.decref(tempBound);
            Heap.decref(tempFree);
            Heap.decref(tempGlobal);
        }
        Heap.decref(set()); // update_symbols iterates over the free names (a set iterator)
        Heap.decref(scopes);
        Heap.decref(local);
        Heap.decref(newBound);
        Heap.decref(newGlobal);
        Heap.decref(newFree);
        Heap.decref(allFree);
    }

    // ---- the code generator and assembler

    private void compileCode(int index) {
        CodeObject co = unit.codes().get(index);
        // compiler_enter_scope: varnames (list2dict), cellvars and freevars (dictbytype)
        long varnames = dict();
        long cellvars = dict();
        transientList();
        long freevars = dict();
        transientList();
        long uConsts = dict();
        long uNames = dict();
        Map<Integer, Integer> uses = this.uses.get(index);
        for (int k : consts[index]) {
            Constant c = constants.get(k);
            if (c instanceof Constant.CodeConst cc) {
                compileCode(cc.codeIndex());
                cacheObject(key(k), 0);
            } else if (!(folded.get(index).contains(k) && uses.getOrDefault(k, 0) == 0)) {
                int n = Math.max(1, uses.getOrDefault(k, 0));
                for (int u = 0; u < n; u++) {
                    addConst(k);
                }
            }
        }
        // assemble
        long constsList = ListObject.allocate(0);
        // optimize_cfg folds the defaults tuples: each made, then merged through the cache
        for (int k : folded.get(index)) {
            long t = tuple(((Constant.TupleConst) constants.get(k)).items().length);
            if (cacheObject(key(k), keyObject(k))) {
                survivors.add(t);
            } else {
                Heap.decref(t);
            }
        }
        mergeBytes(co.exceptionTable().isEmpty() ? "[]" : "x" + co.exceptionTable() + co.firstLine() + co.name());
        mergeBytes("l" + lineKey(co));
        mergeBytes("c" + Arrays.toString(co.code()));
        // makecode: names, consts, localsplusnames, each merged through the cache
        List<Object> nameKeys = new ArrayList<>();
        for (String n : co.names()) {
            nameKeys.add("s" + n);
        }
        mergeTuple(nameKeys, null);
        List<Object> constKeys = new ArrayList<>();
        for (int k : consts[index]) {
            constKeys.add(key(k));
        }
        mergeTuple(constKeys, consts[index]);
        List<Object> localKeys = new ArrayList<>();
        for (String n : co.varnames()) {
            localKeys.add("s" + n);
        }
        for (String n : co.cellvars()) {
            if (!co.varnames().contains(n)) {
                localKeys.add("s" + n);
            }
        }
        for (String n : co.freevars()) {
            localKeys.add("s" + n);
        }
        mergeTuple(localKeys, null);
        // _PyCode_New: intern_string_constants looks into each frozenset through a tuple of it
        for (int k : consts[index]) {
            internStrings(k);
        }
        Heap.decref(constsList);
        // compiler_unit_free
        Heap.decref(uConsts);
        Heap.decref(uNames);
        Heap.decref(varnames);
        Heap.decref(freevars);
        Heap.decref(cellvars);
    }

    /** intern_string_constants for constant k: a frozenset is copied to a tuple (and an iterator). */
    private void internStrings(int k) {
        Constant c = constants.get(k);
        if (c instanceof Constant.TupleConst t) {
            for (int item : t.items()) {
                internStrings(item);
            }
        } else if (c instanceof Constant.FrozensetConst fs) {
            long it = frozenset();
            long tmp = tuple(fs.items().length);
            for (int item : fs.items()) {
                internStrings(item);
            }
            Heap.decref(it);
            Heap.decref(tmp);
        }
    }

    /** The constants whose cache key is a tuple: bool, float, bytes, tuple, frozenset. */
    private boolean keyed(Constant c) {
        return c instanceof Constant.BoolConst || c instanceof Constant.FloatConst || c instanceof Constant.BytesConst
                || c instanceof Constant.TupleConst || c instanceof Constant.FrozensetConst;
    }

    /**
     * The tuple and frozenset constants the AST optimiser folds from displays (a tuple of
     * constants; a list or set iterated over or tested with in), made before the symbol table,
     * one for each place the display is written.
     */
    private void earlyTuples() {
        Map<Integer, Integer> total = new HashMap<>();
        for (Map<Integer, Integer> u : uses) {
            u.forEach((k, n) -> total.merge(k, n, Integer::sum));
        }
        for (int i = 0; i < unit.constants().size(); i++) {
            if (madeAtCompile(i) && !codegenTuple[i] && !foldedTuples.contains(i)) {
                for (int n = Math.max(1, total.getOrDefault(i, 0)); n > 0; n--) {
                    survivors.add(makeConstant(i));
                }
                madeEarly[i] = true;
            }
        }
    }

    /** A constant the compiler makes (not the parser): a non-empty tuple or a frozenset. */
    private boolean madeAtCompile(int k) {
        Constant c = constants.get(k);
        return c instanceof Constant.TupleConst t && t.items().length > 0 || c instanceof Constant.FrozensetConst;
    }

    /** A stand-in for a constant the compiler makes: a frozenset is made from a tuple of its items. */
    private long makeConstant(int k) {
        Constant c = constants.get(k);
        if (c instanceof Constant.FrozensetConst fs) {
            long items = tuple(fs.items().length);
            long set = frozenset();
            Heap.decref(items);
            return set;
        }
        return tuple(((Constant.TupleConst) c).items().length);
    }

    /** compiler_add_const: merge_consts_recursive's key, kept when new, freed when not. */
    private void addConst(int k) {
        Constant c = constants.get(k);
        if (madeAtCompile(k) && !madeEarly[k]) {
            // the code generator makes the constant at each use; a repeated one is merged away
            long obj = makeConstant(k);
            if (made[k]) {
                addKeyed(k);
                Heap.decref(obj);
                return;
            }
            made[k] = true;
            addKeyed(k);
            if (c instanceof Constant.FrozensetConst) {
                Heap.decref(obj); // the cache holds a frozenset of merged items instead
            } else {
                survivors.add(obj);
            }
            return;
        }
        if (!keyed(c)) {
            cacheObject(key(k), 0);
            return;
        }
        addKeyed(k);
    }

    /** merge_consts_recursive for a constant with a tuple key. */
    private void addKeyed(int k) {
        if (!cacheObject(key(k), keyObject(k))) {
            return;
        }
        Constant c = constants.get(k);
        if (c instanceof Constant.TupleConst t) {
            for (int item : t.items()) {
                mergeItem(item);
            }
        } else if (c instanceof Constant.FrozensetConst fs && fs.items().length > 0) {
            // the items merged one by one into a tuple, and a new frozenset of them in the key
            long items = tuple(fs.items().length);
            for (int item : fs.items()) {
                mergeItem(item);
            }
            long fresh = frozenset();
            Heap.decref(items);
            survivors.add(fresh);
        }
    }

    /** merge_consts_recursive for an item of a constant being merged. */
    private void mergeItem(int item) {
        Constant ic = constants.get(item);
        if (ic instanceof Constant.NoneConst || ic instanceof Constant.EllipsisConst) {
            return;
        }
        if (keyed(ic)) {
            addKeyed(item);
        } else {
            cacheObject(key(item), 0);
        }
    }

    /** Puts a key in the constant cache: true if it was new (the cache keeps obj), else frees obj. */
    private boolean cacheObject(Object key, long obj) {
        if (cache.containsKey(key)) {
            if (obj != 0) {
                Heap.decref(obj);
            }
            return false;
        }
        cache.put(key, obj);
        return true;
    }

    /** _PyCode_ConstantKey's object for constant k (0 when the key is the constant itself). */
    private long keyObject(int k) {
        Constant c = constants.get(k);
        if (c instanceof Constant.FloatConst f) {
            boolean negZero = f.value() == 0.0 && Double.doubleToRawLongBits(f.value()) != 0;
            return tuple(negZero ? 3 : 2);
        } else if (c instanceof Constant.BoolConst || c instanceof Constant.BytesConst) {
            return tuple(2);
        } else if (c instanceof Constant.TupleConst t) {
            return tuple(2, itemKeys(t.items()));
        } else if (c instanceof Constant.FrozensetConst fs) {
            // PyFrozenSet_New over a tuple of the items' keys: the set holds the keys
            long[] keys = new long[fs.items().length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = keyObject(fs.items()[i]);
            }
            long inner = tuple(keys.length);
            long set = frozenset(keys);
            Heap.decref(inner);
            return tuple(2, set);
        }
        return 0;
    }

    /** The tuple of the items' keys (the empty tuple for none). */
    private long itemKeys(int[] items) {
        long[] keys = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = keyObject(items[i]);
        }
        return tuple(items.length, keys);
    }

    /** merge_const_one for one of the assembler's bytes objects. */
    private void mergeBytes(Object content) {
        cacheObject(List.of("y", content), tuple(2));
    }

    /**
     * merge_const_one for a tuple the assembler makes (names, consts, localsplusnames): the tuple,
     * then its key; when an equal tuple is cached both die, else the tuple is part of the result.
     */
    private void mergeTuple(List<Object> itemKeys, int[] constItems) {
        int n = itemKeys.size();
        long obj = n == 0 ? 0 : tuple(n);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = constItems == null ? 0 : keyObject(constItems[i]);
        }
        long inner = tuple(n, keys);
        long key = tuple(2, inner);
        List<Object> k = new ArrayList<>();
        k.add("t");
        k.addAll(itemKeys);
        if (cacheObject(k, key)) {
            if (obj != 0) {
                survivors.add(obj);
            }
        } else if (obj != 0) {
            Heap.decref(obj);
        }
    }

    /** The cache key of constant k as a Java value (equal when CPython's keys are equal). */
    private Object key(int k) {
        Constant c = constants.get(k);
        if (c instanceof Constant.StrConst s) {
            return "s" + s.value();
        } else if (c instanceof Constant.IntConst i) {
            return i.value();
        } else if (c instanceof Constant.TupleConst t) {
            List<Object> out = new ArrayList<>();
            out.add("t");
            for (int item : t.items()) {
                out.add(key(item));
            }
            return out;
        } else if (c instanceof Constant.CodeConst cc) {
            return "code" + cc.codeIndex();
        } else if (c instanceof Constant.BytesConst b) {
            return List.of("y", Arrays.toString(b.value()));
        }
        return c; // None, Ellipsis, bool, float (by bits), frozenset: the record's own equality
    }

    /** The line table's content: lines relative to the first line, and the columns. */
    private static String lineKey(CodeObject co) {
        int[] rel = co.lines().clone();
        for (int i = 0; i < rel.length; i++) {
            rel[i] -= co.firstLine();
        }
        int[] pos = co.positions().clone();
        for (int i = 0; i < pos.length; i += 3) {
            if (pos[i] >= 0) {
                pos[i] -= co.firstLine(); // end lines, relative as well
            }
        }
        return Arrays.toString(rel) + Arrays.toString(pos);
    }
}
