module golab.dev/fmtcases

go 1.22
