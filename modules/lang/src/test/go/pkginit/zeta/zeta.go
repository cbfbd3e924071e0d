package zeta

import "langoracle/pkginit/trace"

var V = trace.Add("zeta.V", 1)

func init() { trace.Add("zeta.init", 0) }
