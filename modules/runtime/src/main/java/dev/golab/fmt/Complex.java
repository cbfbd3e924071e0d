package dev.golab.fmt;

/*
 * Go behaviour:    complex64 and complex128: a pair of float32 or float64; fmt prints "(1+2i)".
 * Model:           a record of two doubles; bits64 = true for complex64 (float32 parts).
 * Invariants:      FMT-I15 a complex64's parts are float32 values.
 * Differs from Go: no arithmetic; the lab only needs to print complex values.
 * See:             FloatFormat.
 */
public record Complex(double re, double im, boolean bits64) {
    public Complex {
        if (bits64) {
            re = (float) re;
            im = (float) im;
        }
    }

    public static Complex complex128(double re, double im) {
        return new Complex(re, im, false);
    }

    public static Complex complex64(float re, float im) {
        return new Complex(re, im, true);
    }
}
