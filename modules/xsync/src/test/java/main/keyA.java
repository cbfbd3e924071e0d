package main;

/** Go's `type keyA string` from shared/oracle/go/context/main.go (package main, so it prints main.keyA). */
public record keyA(String s) {}
