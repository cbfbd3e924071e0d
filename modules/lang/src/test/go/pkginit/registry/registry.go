// Package registry is where drivers register themselves from init (database/sql style).
package registry

import "langoracle/pkginit/trace"

var names = initNames()

func initNames() []string { trace.Add("registry.names", 0); return nil }

func Register(name string) { names = append(names, name) }
func Drivers() []string    { return names }
