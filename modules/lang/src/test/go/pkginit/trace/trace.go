// Package trace records the order in which the other packages initialise.
package trace

var Log []string

// Add records one step and returns its value, so it can sit inside a variable's initialiser.
func Add(step string, v int) int {
	Log = append(Log, step)
	return v
}
