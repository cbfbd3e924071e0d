package main;

/** Go's `type keyB string`: same contents as keyA("k") but a different type, so a different key. */
public record keyB(String s) {}
