// Package driver is imported only for its side effect: import _ "langoracle/pkginit/driver".
package driver

import (
	"langoracle/pkginit/registry"
	"langoracle/pkginit/trace"
)

func init() {
	trace.Add("driver.init", 0)
	registry.Register("fake")
}
