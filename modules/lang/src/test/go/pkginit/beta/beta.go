package beta

import (
	"langoracle/pkginit/common"
	"langoracle/pkginit/trace"
)

var V = trace.Add("beta.V", common.V)

func init() { trace.Add("beta.init", 0) }
