// A variable whose initialiser refers to itself.
package main

var x = x + 1

func main() {}
