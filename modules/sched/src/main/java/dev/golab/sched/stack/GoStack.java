package dev.golab.sched.stack;

/*
 * Go behaviour:    a goroutine starts with a 2 KiB contiguous stack (stackMin, Go 1.4+). When a
 *                  function prologue finds too little room, newstack allocates a stack twice as big
 *                  (doubling again until the frame fits), copystack copies the used part to the new
 *                  stack's top and adjustpointers moves every pointer into the old stack by
 *                  delta = new.hi − old.hi. GC halves a stack that uses less than ¼ of it (never
 *                  below 2 KiB). Above maxstacksize (1,000,000,000 B on 64-bit; debug.SetMaxStack)
 *                  it prints "runtime: goroutine stack exceeds 1000000000-byte limit" and dies with
 *                  "fatal error: stack overflow" (runtime/stack.go newstack, copystack,
 *                  shrinkstack; Go 1.23).
 * Model:           1. The stack is [lo, hi) in a simulated address space; it grows down: a frame of
 *                     n bytes moves sp down by n (rounded to 8). Words are stored by offset from hi.
 *                  2. A pointer slot holds an absolute address; deref() reads the word there, and a
 *                     read outside the current [lo, hi) is a dangling pointer (an InvariantViolation).
 *                  3. grow: size × 2 until it fits; new addresses; pointer slots into the old stack
 *                     get + delta; counters: growths, bytes copied.
 *                  4. shrink (called at GC): if used < size/4 and size > 2 KiB, halve and copy.
 * Invariants:      STACK-I1 size is a power of two ≥ 2048. STACK-I2 used ≤ size. STACK-I3 every
 *                  pointer into the
 *                  stack refers to the same logical slot after any number of copies (RT-05.02).
 * Differs from Go: no guard area, no adaptive start size (Go 1.19+ starts at the average scanned
 *                  stack size; the model starts at 2 KiB, GODEBUG=adaptivestackstart=0).
 * See:             StackAnswersTest, SegmentedStack.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.sched.InvariantViolation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

public final class GoStack {
    public static final int MIN = 2048;
    public static final long DEFAULT_MAX = 1_000_000_000L;
    private static long maxStack = DEFAULT_MAX;
    private static long nextBase = 0x1000_0000L;             // a bump allocator for stack addresses

    private long lo, hi;                                     // current stack bounds
    private long used;                                       // bytes below hi in use
    private final Deque<Long> frames = new ArrayDeque<>();   // each frame's offset (its top) from hi
    private final Map<Long, Long> words = new HashMap<>();   // offset from hi → value
    private final Map<Long, Boolean> pointer = new HashMap<>();
    private int growths, shrinks;
    private long bytesCopied;
    private String lastDiagnostic;

    public GoStack() {
        allocate(MIN);
    }

    /** debug.SetMaxStack: sets the limit and returns the previous one. */
    public static synchronized long setMaxStack(long bytes) {
        long previous = maxStack;
        maxStack = bytes;
        return previous;
    }

    private synchronized void allocate(long size) {
        lo = nextBase;
        hi = nextBase + size;
        nextBase += size + 4096;                             // never reuse: old addresses dangle
    }

    /** A call: the prologue checks room for {@code bytes} and grows (copies) the stack if needed. Returns the frame index. */
    public int call(int bytes) {
        long frame = (bytes + 7) & ~7L;
        if (used + frame > size()) {
            long newSize = size() * 2;
            while (used + frame > newSize) newSize *= 2;
            if (newSize > maxStack) {
                lastDiagnostic = "runtime: goroutine stack exceeds " + maxStack + "-byte limit";
                throw new StackOverflow(lastDiagnostic);
            }
            copyTo(newSize);
            growths++;
        }
        frames.push(used);
        used += frame;
        return frames.size() - 1;
    }

    /** A return: pops the newest frame and forgets its words. */
    public void ret() {
        long top = frames.pop();
        words.keySet().removeIf(off -> off >= top);
        pointer.keySet().removeIf(off -> off >= top);
        used = top;
    }

    /** GC's shrinkstack: halve when less than a quarter is used, never below 2 KiB. */
    public boolean shrinkIfSparse() {
        if (size() <= MIN || used >= size() / 4) return false;
        copyTo(size() / 2);
        shrinks++;
        return true;
    }

    private void copyTo(long newSize) {
        long oldLo = lo, oldHi = hi;
        allocate(newSize);
        long delta = hi - oldHi;
        bytesCopied += used;
        for (Map.Entry<Long, Long> w : words.entrySet()) {   // adjustpointers
            long v = w.getValue();
            if (pointer.getOrDefault(w.getKey(), false) && v >= oldLo && v < oldHi) w.setValue(v + delta);
        }
    }

    /** Address of word {@code slot} (8 bytes each) of frame {@code frameIndex}. */
    public long address(int frameIndex, int slot) {
        long frameTop = frameTop(frameIndex);
        return hi - frameTop - 8L * (slot + 1);
    }

    private long frameTop(int frameIndex) {
        int fromTop = frames.size() - 1 - frameIndex;
        if (fromTop < 0 || frameIndex < 0) throw new InvariantViolation("no frame " + frameIndex);
        return frames.stream().skip(fromTop).findFirst().orElseThrow();
    }

    public void store(int frameIndex, int slot, long value) {
        long off = hi - address(frameIndex, slot);
        words.put(off, value);
        pointer.put(off, false);
    }

    /** Stores a pointer to (targetFrame, targetSlot) — e.g. {@code p := &x} — in (frame, slot). */
    public void storePointer(int frameIndex, int slot, int targetFrame, int targetSlot) {
        long off = hi - address(frameIndex, slot);
        words.put(off, address(targetFrame, targetSlot));
        pointer.put(off, true);
    }

    public long load(int frameIndex, int slot) {
        return words.getOrDefault(hi - address(frameIndex, slot), 0L);
    }

    /** {@code *p} for the pointer stored in (frame, slot). */
    public long deref(int frameIndex, int slot) {
        long addr = load(frameIndex, slot);
        if (addr < lo || addr >= hi) throw new InvariantViolation("dangling pointer 0x" + Long.toHexString(addr)
                + " outside the stack [0x" + Long.toHexString(lo) + ", 0x" + Long.toHexString(hi) + ")");
        return words.getOrDefault(hi - addr, 0L);
    }

    public long size() {
        return hi - lo;
    }

    public long used() {
        return used;
    }

    public int depth() {
        return frames.size();
    }

    public int growths() {
        return growths;
    }

    public int shrinks() {
        return shrinks;
    }

    public long bytesCopied() {
        return bytesCopied;
    }

    /** Go's fatal stack overflow: a GoFatal("stack overflow") carrying the runtime line printed before it. */
    public static final class StackOverflow extends GoFatal {
        private final String runtimeLine;

        StackOverflow(String runtimeLine) {
            super("stack overflow");
            this.runtimeLine = runtimeLine;
        }

        /** The line Go prints before {@code fatal error: stack overflow}. */
        public String runtimeLine() {
            return runtimeLine;
        }
    }
}
