package main

import "langoracle/pkginit/trace"

// Files are presented to the compiler in file-name order, so these come after a_main.go's variables.
var e = trace.Add("main.e (b_more.go)", 0)
var h = trace.Add("main.h (b_more.go)", 7)

func init() { trace.Add("main.init#3 (b_more.go)", 0) }
