// init functions cannot be referred to from anywhere in a program.
package main

func init() {}

func main() {
	init()
}
