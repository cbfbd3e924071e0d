module golab.dev/benchmarks/go

go 1.22

require (
	golang.org/x/sync v0.9.0
	golang.org/x/time v0.9.0
)
