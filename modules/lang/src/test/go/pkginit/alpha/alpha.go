package alpha

import (
	"langoracle/pkginit/common"
	"langoracle/pkginit/trace"
)

var V = trace.Add("alpha.V", common.V)

func init() { trace.Add("alpha.init", 0) }
