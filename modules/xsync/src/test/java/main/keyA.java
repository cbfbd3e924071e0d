package main;

/** Go's `type keyA string` from benchmarks/go/oracle/go/context/main.go (package main, so it prints main.keyA). */
public record keyA(String s) {}
