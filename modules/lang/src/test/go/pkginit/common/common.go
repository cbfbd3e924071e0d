package common

import "langoracle/pkginit/trace"

var V = trace.Add("common.V", 1)

func init() { trace.Add("common.init", 0) }
